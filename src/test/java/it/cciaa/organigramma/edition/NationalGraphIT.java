package it.cciaa.organigramma.edition;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One service started with its own host as base IRI ({@code http://127.0.0.1:PORT}, as a chamber hosting it would),
 * seeded with Foggia, then three more publications over HTTP: CCIAA di BARI (a retitled copy, on Foggia's date
 * 2025-01-01) and CCIAA di LECCE (2025-06-01, then 2026-01-01 with office 2.3 moved to Servizio III as 3.5). Each
 * chamber keeps its own chain of editions; every unit of every chamber resolves; the national views give one row
 * per chamber; Lecce's old office 2.3 answers 410 naming its successor.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NationalGraphIT {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FOGGIA = "cciaa-di-foggia";
    private static final String BARI = "cciaa-di-bari";
    private static final String LECCE = "cciaa-di-lecce";

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

    static byte[] retitled(byte[] document, String chamber) {
        return new String(document, StandardCharsets.UTF_8).replace("CCIAA di FOGGIA", chamber)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> answer = service.get(path, "application/json");
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    @Test
    @Order(1)
    void theSeedIsADatedEditionWithoutViolationsUnderTheServicesOwnBase() throws Exception {
        JsonNode chambers = json("/enti?format=json");
        assertThat(chambers.get("rows")).hasSize(1);
        JsonNode foggia = chambers.get("rows").get(0);
        assertThat(foggia.get("edition").asString()).isEqualTo(FOGGIA + "/2025-01-01");
        assertThat(foggia.get("ente").asString()).isEqualTo(service.url("/data/organization/public-organization/" + FOGGIA));
        assertThat(foggia.get("violations").asString()).isEqualTo("0");
    }

    @Test
    @Order(2)
    void publishingOtherChambersLeavesFoggiasChainAlone() throws Exception {
        for (var publication : List.of(
                new Object[] {retitled(ChangedFoggiaDocument.original(), "CCIAA di BARI"), "2025-01-01"},
                new Object[] {retitled(ChangedFoggiaDocument.original(), "CCIAA di LECCE"), "2025-06-01"},
                new Object[] {retitled(ChangedFoggiaDocument.changed(), "CCIAA di LECCE"), "2026-01-01"})) {
            HttpResponse<String> answer = service.send(EditionPublishingIT.publication(service,
                    (byte[]) publication[0], (String) publication[1]).build());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            assertThat(answer.headers().firstValue("X-Violations")).contains("0");
        }
        JsonNode chambers = json("/enti?format=json");
        assertThat(chambers.get("rows")).extracting(row -> row.get("edition").asString())
                .containsExactlyInAnyOrder(BARI + "/2025-01-01", FOGGIA + "/2025-01-01", LECCE + "/2026-01-01");
        assertThat(chambers.get("rows")).allSatisfy(row -> assertThat(row.get("violations").asString()).isEqualTo("0"));

        JsonNode foggia = json("/edizioni?ente=" + FOGGIA);
        assertThat(foggia.get("editions")).hasSize(1);
        assertThat(foggia.get("editions").get(0).get("current").asBoolean()).isTrue();
        assertThat(foggia.get("editions").get(0).get("edition").get("validTo").isNull()).isTrue();
        assertThat(foggia.get("editions").get(0).get("edition").get("previous").isNull()).isTrue();

        JsonNode lecce = json("/edizioni?ente=" + LECCE);
        assertThat(lecce.get("editions")).extracting(entry -> entry.get("edition").get("key").asString())
                .containsExactly("2026-01-01", "2025-06-01");
        assertThat(lecce.get("editions").get(1).get("edition").get("validTo").asString()).isEqualTo("2026-01-01");
        assertThat(lecce.get("editions").get(0).get("differences").asString())
                .isEqualTo("/edizioni/differenze?da=" + LECCE + "/2025-06-01&a=" + LECCE + "/2026-01-01");

        JsonNode bari = json("/edizioni?ente=" + BARI);
        assertThat(bari.get("editions")).hasSize(1);
        assertThat(bari.get("editions").get(0).get("edition").get("previous").isNull()).isTrue();
    }

    @Test
    @Order(3)
    void eachChambersDiffIsItsOwn() throws Exception {
        JsonNode lecce = json("/edizioni/differenze?da=" + LECCE + "/2025-06-01&a=" + LECCE + "/2026-01-01");
        assertThat(lecce.toString()).contains(LECCE + "/ufficio-2-3", LECCE + "/ufficio-3-5");
        assertThat(lecce.toString()).doesNotContain(FOGGIA, BARI);
        JsonNode bari = json("/edizioni/differenze?a=" + BARI + "/2025-01-01");
        assertThat(bari.get("empty").asBoolean()).isTrue();
        HttpResponse<String> ambiguous = service.get("/organigramma?edizione=2025-01-01", "application/json");
        assertThat(ambiguous.statusCode()).isEqualTo(400);
        assertThat(ambiguous.body()).contains(BARI + "/2025-01-01", FOGGIA + "/2025-01-01");
        assertThat(service.get("/organigramma?edizione=2026-01-01", "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void everyUnitOfEveryChambersCurrentEditionResolvesInHtmlAndTurtle() throws Exception {
        JsonNode units = json("/api/queries/organigram/units");
        List<String> iris = new ArrayList<>();
        units.forEach(row -> iris.add(row.get("unit").asString()));
        assertThat(iris).hasSize(81);
        for (String chamber : List.of(FOGGIA, BARI, LECCE)) {
            assertThat(iris).filteredOn(iri -> iri.contains("/" + chamber + "/")).hasSize(26);
        }
        for (String iri : iris) {
            assertThat(iri).startsWith(service.url("/data/organization/"));
            String path = URI.create(iri).getRawPath();
            HttpResponse<String> page = service.get(path, "text/html");
            assertThat(page.statusCode()).as(iri).isEqualTo(200);
            HttpResponse<String> turtle = service.get(path, "text/turtle");
            assertThat(turtle.statusCode()).as(iri).isEqualTo(200);
            assertThat(turtle.body()).as(iri).contains(URI.create(iri).getPath().substring(path.lastIndexOf('/') + 1));
        }
        assertThat(service.get("/api/queries/organigram/units?ente=" + BARI, "application/json").body())
                .doesNotContain(FOGGIA + "/", LECCE + "/");
    }

    @Test
    @Order(5)
    void theCrossChamberViewGivesOneRowPerChamber() throws Exception {
        JsonNode rows = json("/api/queries/national/activity-across-chambers?activity=C2.6.1.1");
        List<String> chambers = new ArrayList<>();
        rows.forEach(row -> chambers.add(row.get("ente").asString()));
        assertThat(chambers).hasSize(3).doesNotHaveDuplicates();
        HttpResponse<String> csv = service.get("/enti/attivita?codice=C2.6.1.1", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().findFirst()).contains("ente,unit,kind,code,name,qualifier");
        assertThat(csv.body().lines().count()).isEqualTo(4);
        assertThat(service.get("/enti/copertura", "text/html").statusCode()).isEqualTo(200);
        assertThat(service.get("/enti/confronto?a=" + FOGGIA + "&b=" + LECCE, "text/html").statusCode()).isEqualTo(200);
        assertThat(service.get("/enti/non-assegnate?ente=" + BARI, "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(6)
    void searchFindsAUnitOfEachChamberAndFiltersByChamber() throws Exception {
        JsonNode all = json("/api/search?q=tributi&kind=unit");
        List<String> chambers = new ArrayList<>();
        all.get("hits").forEach(hit -> chambers.add(hit.get("chamber").get("ente").asString()));
        assertThat(chambers).contains(FOGGIA, BARI, LECCE);
        JsonNode bari = json("/api/search?q=tributi&kind=unit&ente=" + BARI);
        assertThat(bari.get("hits")).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.get("chamber").get("ente").asString()).isEqualTo(BARI));
    }

    @Test
    @Order(7)
    void theHomePageIsNationalAndEachChamberHasItsOwnPages() {
        HttpResponse<String> home = service.get("/", "text/html");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("CCIAA di BARI", "CCIAA di FOGGIA", "CCIAA di LECCE");
        HttpResponse<String> tree = service.get("/organigramma?ente=" + LECCE, "text/html");
        assertThat(tree.statusCode()).isEqualTo(200);
        assertThat(tree.body()).contains(LECCE + "/ufficio-3-5").doesNotContain(FOGGIA + "/ufficio");
        HttpResponse<String> choose = service.get("/organigramma", "text/html");
        assertThat(choose.statusCode()).isEqualTo(200);
        assertThat(choose.body()).contains("/organigramma?ente=" + BARI);
        assertThat(service.get("/organigramma", "application/json").statusCode()).isEqualTo(400);
    }

    @Test
    @Order(8)
    void aUnitRemovedByALaterEditionIsGoneWithLinksToItsLastEditionAndSuccessor() {
        String path = "/data/organization/support-unit/" + LECCE + "/ufficio-2-3";
        HttpResponse<String> page = service.get(path, "text/html");
        assertThat(page.statusCode()).isEqualTo(410);
        assertThat(page.body()).contains("edizione=" + LECCE + "/2025-06-01", LECCE + "/ufficio-3-5");
        assertThat(page.headers().firstValue("Link").orElseThrow())
                .contains("rel=\"successor-version\"", LECCE + "/ufficio-3-5", "rel=\"memento\"");
        HttpResponse<String> turtle = service.get(path, "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(410);
        assertThat(turtle.body()).contains("isReplacedBy").contains(LECCE + "/ufficio-3-5");
        HttpResponse<String> past = service.get(path + "?edizione=" + URLEncoder.encode(LECCE + "/2025-06-01",
                StandardCharsets.UTF_8), "text/html");
        assertThat(past.statusCode()).isEqualTo(200);
        assertThat(service.get("/data/organization/support-unit/" + LECCE + "/ufficio-9-9", "text/html").statusCode())
                .isEqualTo(404);
        assertThat(service.get("/data/organization/support-unit/" + FOGGIA + "/ufficio-2-3", "text/html").statusCode())
                .isEqualTo(200);
    }
}
