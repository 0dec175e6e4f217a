package it.cciaa.organigramma.edition;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.publication.EditionPublishingIT;
import it.cciaa.organigramma.synthetic.SyntheticChamber;
import it.cciaa.organigramma.synthetic.SyntheticChambers;
import it.cciaa.organigramma.synthetic.SyntheticEdition;
import it.cciaa.organigramma.text.EditionLabels;
import it.cciaa.organigramma.text.ItalianDates;
import it.cciaa.organigramma.text.PrintedNames;
import it.cciaa.organigramma.web.HtmlPages;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service started with its own host as base IRI ({@code http://127.0.0.1:PORT}, as a chamber hosting it would),
 * seeded with Foggia (2025-01-01), then two generated chambers published over HTTP with every edition of theirs:
 * with seed 133, CCIAA di BARI (2023-07-01, then 2024-10-01, which moves office 4.1 to 2.4 and removes 3.4) and
 * CCIAA di MILANO MONZA BRIANZA LODI (one edition on Foggia's own date). What the test expects of each chamber comes
 * from the generator (its offices, their successors), not from this comment: each chamber keeps its own chain,
 * validity and diff; every unit of every chamber resolves; the national views give one row per chamber; an office
 * a later edition removed answers 410 naming its last edition and, when it moved, its successor.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NationalGraphIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FOGGIA = "cciaa-di-foggia";
    private static final long SEED = 133;
    private static final List<SyntheticChamber> GENERATED = SyntheticChambers.generate(2, SEED, 3);
    /** The generated chamber with several editions, and the one that shares Foggia's date. */
    private static final SyntheticChamber CHAINED = GENERATED.get(0);
    private static final SyntheticChamber SAME_DATE = GENERATED.get(1);
    private static final Pattern ACTIVITY_CODE = Pattern.compile("\\b[A-F][0-9]\\.[0-9]+\\.[0-9]+\\.[0-9]+\\b");

    private static ServiceProcess service;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeFalse("remote".equals(System.getProperty("kg.test.store")),
                "starts its own embedded service: run once, in the embedded execution");
        Path directory = Files.createTempDirectory("kg-national-");
        service = ServiceProcess.start(directory.resolve("run"), TestEditors.environment(),
                List.of("--kg.base-iri=http://127.0.0.1:{port}"));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> answer = service.get(path, "application/json");
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static String id(SyntheticChamber chamber, SyntheticEdition edition) {
        return chamber.slug() + "/" + edition.date();
    }

    private static SyntheticEdition current(SyntheticChamber chamber) {
        return chamber.editions().getLast();
    }

    private static String text(String chamber) {
        if (chamber.equals(FOGGIA)) {
            return new String(ChangedFoggiaDocument.original(), StandardCharsets.UTF_8);
        }
        return GENERATED.stream().filter(c -> c.slug().equals(chamber)).map(c -> current(c).text()).findFirst()
                .orElseThrow();
    }

    @Test
    @Order(1)
    void theSeedIsADatedEditionWithoutViolationsUnderTheServicesOwnBase() throws Exception {
        JsonNode chambers = json("/enti?format=json");
        assertThat(chambers.get("rows")).hasSize(1);
        JsonNode foggia = chambers.get("rows").get(0);
        assertThat(foggia.get("edition").asString()).isEqualTo(FOGGIA + "/2025-01-01");
        assertThat(foggia.get("ente").asString())
                .isEqualTo(service.url("/data/organization/public-organization/" + FOGGIA));
        assertThat(foggia.get("violations").asString()).isEqualTo("0");
    }

    @Test
    @Order(2)
    void publishingGeneratedChambersLeavesFoggiasChainAlone() throws Exception {
        assertThat(SAME_DATE.editions().getFirst().date()).hasToString("2025-01-01");
        assertThat(CHAINED.editions()).hasSizeGreaterThan(1);
        for (SyntheticChamber chamber : GENERATED) {
            for (SyntheticEdition edition : chamber.editions()) {
                HttpResponse<String> answer = service.send(EditionPublishingIT.publication(service, edition.bytes(),
                        edition.date().toString()).build());
                assertThat(answer.statusCode()).as(id(chamber, edition) + ": " + answer.body()).isEqualTo(201);
                assertThat(answer.headers().firstValue("X-Violations")).as(id(chamber, edition)).contains("0");
            }
        }
        JsonNode chambers = json("/enti?format=json");
        assertThat(chambers.get("rows")).extracting(row -> row.get("edition").asString()).containsExactlyInAnyOrder(
                FOGGIA + "/2025-01-01", id(CHAINED, current(CHAINED)), id(SAME_DATE, current(SAME_DATE)));
        assertThat(chambers.get("rows")).allSatisfy(row -> assertThat(row.get("violations").asString()).isEqualTo("0"));

        JsonNode foggia = json("/edizioni?ente=" + FOGGIA);
        assertThat(foggia.get("editions")).hasSize(1);
        assertThat(foggia.get("editions").get(0).get("current").asBoolean()).isTrue();
        assertThat(foggia.get("editions").get(0).get("edition").get("validTo").isNull()).isTrue();
        assertThat(foggia.get("editions").get(0).get("edition").get("previous").isNull()).isTrue();

        JsonNode chained = json("/edizioni?ente=" + CHAINED.slug());
        List<String> newestFirst = CHAINED.editions().reversed().stream().map(e -> e.date().toString()).toList();
        assertThat(chained.get("editions")).extracting(entry -> entry.get("edition").get("key").asString())
                .containsExactlyElementsOf(newestFirst);
        for (int i = 1; i < newestFirst.size(); i++) {
            JsonNode older = chained.get("editions").get(i);
            assertThat(older.get("current").asBoolean()).isFalse();
            assertThat(older.get("edition").get("validTo").asString()).isEqualTo(newestFirst.get(i - 1));
            assertThat(chained.get("editions").get(i - 1).get("differences").asString()).isEqualTo(
                    "/edizioni/differenze?da=" + CHAINED.slug() + "/" + newestFirst.get(i) + "&a=" + CHAINED.slug()
                            + "/" + newestFirst.get(i - 1));
        }
        JsonNode oldest = chained.get("editions").get(chained.get("editions").size() - 1);
        assertThat(oldest.get("edition").get("previous").isNull()).isTrue();

        JsonNode sameDate = json("/edizioni?ente=" + SAME_DATE.slug());
        assertThat(sameDate.get("editions")).hasSize(SAME_DATE.editions().size());
        JsonNode first = sameDate.get("editions").get(sameDate.get("editions").size() - 1);
        assertThat(first.get("edition").get("previous").isNull()).isTrue();
    }

    @Test
    @Order(3)
    void eachChambersDiffIsItsOwn() throws Exception {
        SyntheticEdition last = current(CHAINED);
        SyntheticEdition before = CHAINED.editions().get(CHAINED.editions().size() - 2);
        String diff = json("/edizioni/differenze?da=" + id(CHAINED, before) + "&a=" + id(CHAINED, last)).toString();
        for (String code : before.offices().keySet()) {
            String successor = last.successorOf(code).orElse(null);
            if (!code.equals(successor)) { // moved, renumbered, merged or removed: the diff names the old office
                assertThat(diff).contains(CHAINED.slug() + "/" + SyntheticEdition.unitSlug(code));
            }
        }
        assertThat(diff).doesNotContain(FOGGIA + "/", SAME_DATE.slug() + "/");
        JsonNode first = json("/edizioni/differenze?a=" + id(SAME_DATE, SAME_DATE.editions().getFirst()));
        assertThat(first.get("empty").asBoolean()).isTrue();

        HttpResponse<String> ambiguous = service.get("/organigramma?edizione=2025-01-01", "application/json");
        assertThat(ambiguous.statusCode()).isEqualTo(400);
        assertThat(ambiguous.body()).contains(SAME_DATE.slug() + "/2025-01-01", FOGGIA + "/2025-01-01");
        assertThat(service.get("/organigramma?edizione=" + last.date(), "application/json").statusCode())
                .isEqualTo(200);
    }

    @Test
    @Order(4)
    void everyUnitOfEveryChambersCurrentEditionResolvesInHtmlAndTurtle() throws Exception {
        JsonNode units = json("/api/queries/organigram/units");
        List<String> iris = new ArrayList<>();
        units.forEach(row -> iris.add(row.get("unit").asString()));
        assertThat(iris).filteredOn(iri -> iri.contains("/" + FOGGIA + "/")).hasSize(26);
        for (SyntheticChamber chamber : GENERATED) {
            Set<String> offices = iris.stream().filter(iri -> iri.contains("/" + chamber.slug() + "/ufficio-"))
                    .map(iri -> iri.substring(iri.lastIndexOf('/') + 1)).collect(Collectors.toCollection(TreeSet::new));
            assertThat(offices).as(chamber.slug()).isEqualTo(current(chamber).offices().keySet().stream()
                    .map(SyntheticEdition::unitSlug).collect(Collectors.toCollection(TreeSet::new)));
        }
        for (String iri : iris) {
            assertThat(iri).startsWith(service.url("/data/organization/"));
            String path = URI.create(iri).getRawPath();
            HttpResponse<String> page = service.get(path, "text/html");
            assertThat(page.statusCode()).as(iri).isEqualTo(200);
            HttpResponse<String> turtle = service.get(path, "text/turtle");
            assertThat(turtle.statusCode()).as(iri).isEqualTo(200);
            assertThat(turtle.body()).as(iri).contains(path.substring(path.lastIndexOf('/') + 1));
        }
        assertThat(service.get("/api/queries/organigram/units?ente=" + SAME_DATE.slug(), "application/json").body())
                .contains(SAME_DATE.slug() + "/").doesNotContain(FOGGIA + "/", CHAINED.slug() + "/");
    }

    /** An activity each chamber's current document gives to exactly one office. */
    private static String anActivityAllHoldOnce() {
        List<String> chambers = List.of(FOGGIA, CHAINED.slug(), SAME_DATE.slug());
        Matcher codes = ACTIVITY_CODE.matcher(text(FOGGIA));
        while (codes.find()) {
            String code = codes.group();
            if (chambers.stream().allMatch(chamber -> occurrences(text(chamber), code) == 1)) {
                return code;
            }
        }
        throw new AssertionError("no activity held once by every chamber");
    }

    private static long occurrences(String text, String code) {
        return Pattern.compile("\\b" + Pattern.quote(code) + "\\b").matcher(text).results().count();
    }

    @Test
    @Order(5)
    void theCrossChamberViewGivesOneRowPerChamber() throws Exception {
        String activity = anActivityAllHoldOnce();
        JsonNode rows = json("/api/queries/national/activity-across-chambers?activity=" + activity);
        List<String> chambers = new ArrayList<>();
        rows.forEach(row -> chambers.add(row.get("ente").asString()));
        assertThat(chambers).as(activity).hasSize(3).doesNotHaveDuplicates();
        HttpResponse<String> csv = service.get("/enti/attivita?codice=" + activity, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().findFirst()).contains("Ente (IRI),Unità (IRI),Tipo,Codice,Nome,Modalità");
        assertThat(csv.headers().firstValue("Content-Disposition")).contains(
                "attachment; filename=\"enti-attivita-" + activity + ".csv\"");
        assertThat(csv.body().lines().count()).isEqualTo(4);
        assertThat(service.get("/enti/copertura", "text/html").statusCode()).isEqualTo(200);
        assertThat(service.get("/enti/confronto?a=" + FOGGIA + "&b=" + CHAINED.slug(), "text/html").statusCode())
                .isEqualTo(200);
        assertThat(service.get("/enti/non-assegnate?ente=" + SAME_DATE.slug(), "application/json").statusCode())
                .isEqualTo(200);
    }

    @Test
    @Order(6)
    void searchFindsAUnitOfEachChamberAndFiltersByChamber() throws Exception {
        for (SyntheticChamber chamber : GENERATED) {
            var office = current(chamber).offices().entrySet().iterator().next();
            String q = URLEncoder.encode(office.getValue(), StandardCharsets.UTF_8);
            JsonNode all = json("/api/search?kind=unit&limit=50&q=" + q);
            List<String> found = new ArrayList<>();
            all.get("hits").forEach(hit -> found.add(hit.get("chamber").get("ente").asString()));
            assertThat(found).as(office.getValue()).contains(chamber.slug());
            JsonNode filtered = json("/api/search?kind=unit&q=" + q + "&ente=" + chamber.slug());
            assertThat(filtered.get("hits")).isNotEmpty().allSatisfy(
                    hit -> assertThat(hit.get("chamber").get("ente").asString()).isEqualTo(chamber.slug()));
            assertThat(filtered.get("hits")).anySatisfy(hit -> assertThat(hit.get("iri").asString())
                    .endsWith("/" + chamber.slug() + "/" + SyntheticEdition.unitSlug(office.getKey())));
        }
        JsonNode foggia = json("/api/search?q=tributi&kind=unit&ente=" + FOGGIA);
        assertThat(foggia.get("hits")).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.get("chamber").get("ente").asString()).isEqualTo(FOGGIA));
    }

    @Test
    @Order(7)
    void theHomePageIsNationalAndEachChamberHasItsOwnPages() {
        HttpResponse<String> home = service.get("/", "text/html");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("CCIAA di Foggia", PrintedNames.readable(CHAINED.name()),
                PrintedNames.readable(SAME_DATE.name()));
        HttpResponse<String> tree = service.get("/organigramma?ente=" + CHAINED.slug(), "text/html");
        assertThat(tree.statusCode()).isEqualTo(200);
        String someOffice = SyntheticEdition.unitSlug(current(CHAINED).offices().lastKey());
        assertThat(tree.body()).contains(CHAINED.slug() + "/" + someOffice).doesNotContain(FOGGIA + "/ufficio");
        HttpResponse<String> choose = service.get("/organigramma", "text/html");
        assertThat(choose.statusCode()).isEqualTo(200);
        assertThat(choose.body()).contains("/organigramma?ente=" + SAME_DATE.slug());
        assertThat(service.get("/organigramma", "application/json").statusCode()).isEqualTo(400);
    }

    @Test
    @Order(8)
    void anOfficeALaterEditionRemovedIsGoneWithLinksToItsLastEditionAndSuccessor() {
        SyntheticEdition last = current(CHAINED);
        SyntheticEdition before = CHAINED.editions().get(CHAINED.editions().size() - 2);
        int moved = 0;
        int removed = 0;
        for (String code : before.offices().keySet()) {
            if (last.offices().containsKey(code)) {
                continue;
            }
            String path = "/data/organization/support-unit/" + CHAINED.slug() + "/" + SyntheticEdition.unitSlug(code);
            HttpResponse<String> page = service.get(path, "text/html");
            assertThat(page.statusCode()).as(path).isEqualTo(410);
            String lastEdition = URLEncoder.encode(id(CHAINED, before), StandardCharsets.UTF_8);
            assertThat(page.body()).contains("edizione=" + lastEdition);
            String link = page.headers().firstValue("Link").orElseThrow();
            assertThat(link).contains("rel=\"memento\"");
            HttpResponse<String> turtle = service.get(path, "text/turtle");
            assertThat(turtle.statusCode()).as(path).isEqualTo(410);
            var successor = last.successorOf(code);
            if (successor.isPresent()) {
                String successorPath = CHAINED.slug() + "/" + SyntheticEdition.unitSlug(successor.get());
                assertThat(link).contains("rel=\"successor-version\"", successorPath);
                assertThat(page.body()).contains(successorPath);
                assertThat(turtle.body()).contains("isReplacedBy", successorPath);
                moved++;
            } else {
                assertThat(link).doesNotContain("successor-version");
                removed++;
            }
            HttpResponse<String> past = service.get(path + "?edizione=" + lastEdition, "text/html");
            assertThat(past.statusCode()).as(path).isEqualTo(200);
        }
        assertThat(moved).as("offices moved by the last edition of seed " + SEED).isPositive();
        assertThat(removed).as("offices removed by the last edition of seed " + SEED).isPositive();
        assertThat(service.get("/data/organization/support-unit/" + CHAINED.slug() + "/ufficio-9-9", "text/html")
                .statusCode()).isEqualTo(404);
        assertThat(service.get("/data/organization/support-unit/" + FOGGIA + "/ufficio-3-4", "text/html").statusCode())
                .isEqualTo(200);
    }

    /** The unit IRIs of one edition, as the query library lists them. */
    private static Set<String> unitsOf(String edition) throws Exception {
        Set<String> units = new TreeSet<>();
        json("/api/queries/organigram/units?edition=" + edition).forEach(row -> units.add(row.get("unit").asString()));
        return units;
    }

    @Test
    @Order(9)
    void theTransparencyTableExistsForEveryEditionOfEveryChamberWithOneRowPerUnit() throws Exception {
        String path = "/trasparenza/articolazione-uffici";
        List<SyntheticEdition> chain = CHAINED.editions();
        for (int i = 0; i < chain.size(); i++) {
            String edition = id(CHAINED, chain.get(i));
            HttpResponse<String> csv = service.get(path + "?edizione=" + edition, "text/csv");
            assertThat(csv.statusCode()).as(edition).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Disposition")).as(edition).contains("attachment; filename=\""
                    + "articolazione-uffici-" + CHAINED.slug() + "-" + chain.get(i).date() + ".csv\"");
            List<CSVRecord> rows = CSVFormat.RFC4180.parse(new java.io.StringReader(csv.body())).getRecords();
            assertThat(rows.getFirst().get(10)).isEqualTo("IRI");
            List<CSVRecord> units = rows.subList(1, rows.size());
            assertThat(units).as(edition).extracting(row -> row.get(10))
                    .containsExactlyInAnyOrderElementsOf(unitsOf(edition))
                    .allSatisfy(iri -> assertThat(iri).contains("/" + CHAINED.slug()));
            List<String> validity = List.of(chain.get(i).date().toString(),
                    i + 1 < chain.size() ? chain.get(i + 1).date().toString() : "");
            assertThat(units).as(edition).allSatisfy(row -> assertThat(List.of(row.get(8), row.get(9)))
                    .isEqualTo(validity));
        }
        HttpResponse<String> page = service.get(path + "?ente=" + SAME_DATE.slug(), "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(SAME_DATE.name()).doesNotContain(FOGGIA + "/ufficio");
        HttpResponse<String> json = service.get(path + "?ente=" + SAME_DATE.slug(), "application/json");
        assertThat(JSON.readTree(json.body()).get("offices"))
                .hasSize(unitsOf(id(SAME_DATE, current(SAME_DATE))).size());

        HttpResponse<String> choose = service.get(path, "text/html");
        assertThat(choose.statusCode()).isEqualTo(200);
        assertThat(choose.body()).contains(path + "?ente=" + CHAINED.slug(), path + "?ente=" + FOGGIA);
        assertThat(service.get(path, "text/csv").statusCode()).isEqualTo(400);
        assertThat(service.get("/enti", "text/html").body()).contains(path + "?ente=" + CHAINED.slug());
    }

    @Test
    @Order(10)
    void theCataloguePageListsTheChambersAndEachChambersPageItsEditions() {
        HttpResponse<String> national = service.get("/catalogo", "text/html");
        assertThat(national.statusCode()).isEqualTo(200);
        assertThat(national.body()).contains("/catalogo?ente=" + FOGGIA, "/catalogo?ente=" + CHAINED.slug(),
                "/catalogo?ente=" + SAME_DATE.slug(), "/dump/organigramma.trig");
        HttpResponse<String> chained = service.get("/catalogo?ente=" + CHAINED.slug(), "text/html");
        assertThat(chained.statusCode()).isEqualTo(200);
        for (SyntheticEdition edition : CHAINED.editions()) {
            assertThat(chained.body()).contains(EditionLabels.of(edition.date(), null));
        }
        assertThat(chained.body()).contains("/dump/" + CHAINED.slug() + "/edizione-corrente.ttl", "CC BY 4.0")
                .doesNotContain("/dump/" + FOGGIA + "/");
        assertThat(service.get("/catalogo", "text/turtle").headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/turtle"));
    }

    @Test
    @Order(11)
    void theEditionsFeedsHaveOneEntryPerEditionNewestFirstWithEachChambersDifferences() {
        int editions = 1 + GENERATED.stream().mapToInt(chamber -> chamber.editions().size()).sum();
        assertThat(AtomFeeds.entries(feed("/edizioni/feed"))).hasSize(editions);

        List<Element> chained = AtomFeeds.entries(feed("/edizioni/feed?ente=" + CHAINED.slug()));
        assertThat(chained).extracting(entry -> AtomFeeds.text(entry, "id")).containsExactlyElementsOf(
                CHAINED.editions().reversed().stream().map(edition -> service.url("/data/dataset/organigramma/"
                        + CHAINED.slug() + "/" + edition.date())).toList());
        assertThat(chained).extracting(entry -> AtomFeeds.text(entry, "title")).containsExactlyElementsOf(
                CHAINED.editions().reversed().stream().map(edition -> "Edizione del "
                        + ItalianDates.inWords(edition.date()) + " – " + PrintedNames.readable(CHAINED.name()))
                        .toList());
        SyntheticEdition before = CHAINED.editions().get(CHAINED.editions().size() - 2);
        Element newest = chained.getFirst();
        assertThat(AtomFeeds.text(newest, "summary")).contains(", in vigore.", "Validazione: 0 violazioni",
                "Rispetto all'edizione del " + ItalianDates.inWords(before.date()) + ": ")
                .containsPattern("Unità (soppresse|spostate) [1-9]");
        assertThat(AtomFeeds.links(newest, "related")).contains("/edizioni/differenze?da=" + id(CHAINED, before)
                + "&a=" + id(CHAINED, current(CHAINED)));
        assertThat(AtomFeeds.text(chained.getLast(), "summary")).endsWith("Prima edizione dell'ente.")
                .contains(" al " + ItalianDates.inWords(CHAINED.editions().get(1).date()) + ".");
    }

    private static org.w3c.dom.Document feed(String path) {
        HttpResponse<String> answer = service.get(path, "application/atom+xml");
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/atom+xml"));
        return AtomFeeds.parse(answer.body());
    }

    @Test
    @Order(12)
    void eachChamberHasItsOwnChartWithOneBoxPerUnitOfTheEditionShown() throws Exception {
        for (String chamber : List.of(FOGGIA, CHAINED.slug(), SAME_DATE.slug())) {
            int units = json("/organigramma?format=json&ente=" + chamber).get("units").asInt();
            HttpResponse<String> chart = service.get("/organigramma?format=svg&ente=" + chamber, "*/*");
            assertThat(chart.statusCode()).as(chamber).isEqualTo(200);
            assertThat(HtmlPages.texts(HtmlPages.parse(chart.body()), "//a/@*[name()='href']")).as(chamber)
                    .hasSize(units).allSatisfy(href -> assertThat(href).contains("/" + chamber));
            HttpResponse<String> atEnte = service.get("/data/organization/public-organization/" + chamber,
                    "image/svg+xml");
            assertThat(atEnte.body()).as(chamber).isEqualTo(chart.body());
        }
        SyntheticEdition first = CHAINED.editions().getFirst();
        HttpResponse<String> past = service.get("/organigramma?format=svg&edizione=" + id(CHAINED, first), "*/*");
        assertThat(past.statusCode()).isEqualTo(200);
        assertThat(HtmlPages.texts(HtmlPages.parse(past.body()), "/svg/title")).singleElement().asString()
                .contains(PrintedNames.readable(CHAINED.name()), "Edizione del " + Edition.inWords(first.date()));
        assertThat(service.get("/organigramma?format=svg", "*/*").statusCode()).as("several chambers, none named")
                .isEqualTo(400);
    }
}
