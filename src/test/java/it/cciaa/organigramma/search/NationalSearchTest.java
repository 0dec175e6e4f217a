package it.cciaa.organigramma.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.ingest.AllegatoImporter.Imported;
import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.QueryRunner;
import it.cciaa.organigramma.store.KgProperties;
import it.cciaa.organigramma.web.HtmlPages;
import it.cciaa.organigramma.web.RenderedPages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ConcurrentModel;
import org.w3c.dom.Document;

/**
 * Search over two chambers side by side, as the national store holds them: Foggia's document and a copy retitled
 * "CCIAA di BARI", both of 2025-01-01, in one dataset. Each chamber's units are indexed and name their chamber; the
 * process map and the laws they share are indexed once.
 */
class NationalSearchTest {
    private static final NamedQuery DOCUMENTS = NamedQueries.load().find("search/documents").orElseThrow();
    private static final String FOGGIA = "cciaa-di-foggia";
    private static final String BARI = "cciaa-di-bari";
    private static final Chamber FOGGIA_CHAMBER = new Chamber(FOGGIA, "CCIAA di FOGGIA");
    private static final Chamber BARI_CHAMBER = new Chamber(BARI, "CCIAA di BARI");

    private static Dataset store;
    private static Imported foggia;
    private static Imported bari;
    private static List<SearchDocument> documents;
    private static SearchIndex index;

    @BeforeAll
    static void importTwoChambersAndIndex() throws Exception {
        byte[] foggiaDocument = ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT);
        byte[] bariDocument = new String(foggiaDocument, StandardCharsets.UTF_8)
                .replace("CCIAA di FOGGIA", "CCIAA di BARI").getBytes(StandardCharsets.UTF_8);
        foggia = importEdition(foggiaDocument);
        bari = importEdition(bariDocument);
        store = DatasetFactory.createGeneral();
        for (Imported imported : List.of(foggia, bari)) {
            imported.dataset().listNames().forEachRemaining(name -> store.getNamedModel(name)
                    .add(imported.dataset().getNamedModel(name)));
        }
        documents = SearchDocument.fromRows(QueryRunner.select(DOCUMENTS, store, Map.of()));
        index = new SearchIndex(null);
        index.rebuild(documents);
    }

    private static Imported importEdition(byte[] document) throws Exception {
        return new AllegatoImporter(ImportOptions.defaults().withEditionDate(Optional.of(LocalDate.parse("2025-01-01"))))
                .importDocument(document, "allegato-c.txt");
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static SearchResults search(String text, Optional<Kind> kind, Optional<String> ente) {
        return index.search(new SearchRequest(text, kind, ente, 0, 20));
    }

    @Test
    void eachChambersUnitsAreIndexedWithTheirChamberAndWhatTheyShareOnce() {
        assertThat(documents).extracting(SearchDocument::iri).doesNotHaveDuplicates();
        assertThat(documents.stream().filter(document -> document.kind() == Kind.UNIT)
                .collect(Collectors.groupingBy(document -> document.chamber().orElseThrow(), Collectors.counting())))
                .isEqualTo(Map.of(BARI_CHAMBER, 27L, FOGGIA_CHAMBER, 27L));
        List<SearchDocument> foggiaAlone = SearchDocument.fromRows(QueryRunner.select(DOCUMENTS, foggia.dataset(),
                Map.of()));
        assertThat(documents).filteredOn(document -> document.kind() != Kind.UNIT)
                .allSatisfy(shared -> assertThat(shared.chamber()).isEmpty())
                .extracting(SearchDocument::iri).containsExactlyInAnyOrderElementsOf(foggiaAlone.stream()
                        .filter(document -> document.kind() != Kind.UNIT).map(SearchDocument::iri).toList());
        assertThat(index.chambers()).containsExactly(BARI_CHAMBER, FOGGIA_CHAMBER);
    }

    @Test
    void theQueryKeepsOneChambersUnitsWithEnte() {
        List<SearchDocument> inBari = SearchDocument.fromRows(QueryRunner.select(DOCUMENTS, store,
                Map.of("ente", NodeFactory.createLiteralString(BARI))));
        assertThat(inBari).filteredOn(document -> document.kind() == Kind.UNIT).hasSize(27)
                .allSatisfy(unit -> assertThat(unit.chamber()).contains(BARI_CHAMBER));
        assertThat(SearchDocument.fromRows(QueryRunner.select(DOCUMENTS, store,
                Map.of("ente", NodeFactory.createURI(bari.chamber().iri()))))).isEqualTo(inBari);
        assertThat(inBari).hasSize(documents.size() - 27);
    }

    @Test
    void anOfficeNameFindsOneUnitPerChamberEachNamingItsChamber() {
        List<SearchHit> units = search("tributi", Optional.of(Kind.UNIT), Optional.empty()).hits();
        assertThat(units.subList(0, 2)).extracting(SearchHit::iri).containsExactlyInAnyOrder(
                bari.chamber().unit("ufficio-2-2"), foggia.chamber().unit("ufficio-2-2"));
        assertThat(units.subList(0, 2)).extracting(SearchHit::label).containsOnly("TRIBUTI");
        assertThat(units.subList(0, 2)).extracting(hit -> hit.chamber().orElseThrow())
                .containsExactlyInAnyOrder(BARI_CHAMBER, FOGGIA_CHAMBER);
        assertThat(units).filteredOn(hit -> hit.label().equals("TRIBUTI")).hasSize(2);
        assertThat(units).allSatisfy(unit -> assertThat(unit.chamber()).isPresent());
    }

    @Test
    void theChamberFilterKeepsThatChambersUnitsAndEverySharedResource() {
        SearchResults everywhere = search("tributi", Optional.empty(), Optional.empty());
        SearchResults inBari = search("tributi", Optional.empty(), Optional.of(BARI));
        assertThat(inBari.chamber()).contains(BARI_CHAMBER);
        assertThat(everywhere.chamber()).isEmpty();
        assertThat(inBari.hits()).filteredOn(hit -> hit.label().equals("TRIBUTI")).singleElement()
                .satisfies(hit -> {
                    assertThat(hit.iri()).isEqualTo(bari.chamber().unit("ufficio-2-2"));
                    assertThat(hit.chamber()).contains(BARI_CHAMBER);
                });
        assertThat(inBari.hits()).filteredOn(hit -> hit.kind() == Kind.UNIT)
                .allSatisfy(unit -> assertThat(unit.chamber()).contains(BARI_CHAMBER));
        Map<Kind, Long> counts = counts(everywhere);
        Map<Kind, Long> bariCounts = counts(inBari);
        assertThat(bariCounts.get(Kind.UNIT)).isEqualTo(counts.get(Kind.UNIT) / 2).isPositive();
        for (Kind shared : List.of(Kind.PROCESS, Kind.ACTIVITY, Kind.LAW)) {
            assertThat(bariCounts.get(shared)).as(shared.code()).isEqualTo(counts.get(shared));
        }
        assertThat(index.suggest("tribu", Optional.of(FOGGIA), 10)).filteredOn(s -> s.kind() == Kind.UNIT)
                .isNotEmpty().allSatisfy(unit -> assertThat(unit.chamber()).contains(FOGGIA_CHAMBER));
    }

    private static Map<Kind, Long> counts(SearchResults results) {
        return results.counts().stream().collect(Collectors.toMap(SearchResults.KindCount::kind,
                SearchResults.KindCount::count));
    }

    @Test
    void sharedConceptsAndLawsAppearOnce() {
        assertThat(search("C2.7.5", Optional.empty(), Optional.empty()).hits()).extracting(SearchHit::iri)
                .containsOnlyOnce(foggia.processMap().concept("C2.7.5"), foggia.processMap().concept("C2.7.5.1"))
                .first().isEqualTo(foggia.processMap().concept("C2.7.5"));
        List<SearchHit> gdpr = search("GDPR", Optional.of(Kind.LAW), Optional.empty()).hits();
        assertThat(gdpr).extracting(SearchHit::iri).containsOnlyOnce("http://data.europa.eu/eli/reg/2016/679/oj");
        assertThat(gdpr).allSatisfy(law -> assertThat(law.chamber()).isEmpty());
    }

    @Test
    void anUnknownOrMalformedChamberIsRefusedWithAMessage() {
        assertThatThrownBy(() -> search("tributi", Optional.empty(), Optional.of("cciaa-di-nessuno")))
                .isInstanceOf(InvalidSearchException.class)
                .hasMessageContaining("«cciaa-di-nessuno»").hasMessageContaining(BARI + ", " + FOGGIA);
        assertThatThrownBy(() -> index.suggest("tribu", Optional.of("cciaa-di-nessuno"), 5))
                .isInstanceOf(InvalidSearchException.class);
        for (String malformed : List.of("Foggia", "cciaa di foggia", "cciaa--foggia", "-", "x".repeat(201))) {
            assertThatThrownBy(() -> SearchRequest.readEnte(malformed)).as(malformed)
                    .isInstanceOf(InvalidSearchException.class).hasMessageContaining("Parametro ente non valido");
        }
        SearchApiController api = new SearchApiController(index);
        assertThatThrownBy(() -> api.search("tributi", null, "cciaa-di-nessuno", null, null))
                .isInstanceOfSatisfying(InvalidSearchException.class, e -> assertThat(api.invalid(e,
                        new MockHttpServletRequest(), new MockHttpServletResponse()).getStatusCode())
                        .isEqualTo(HttpStatus.BAD_REQUEST));
    }

    @Test
    void theSearchPageNamesEachUnitsChamberAndOffersTheChambersByName() {
        Document everywhere = page("tributi", null);
        assertThat(HtmlPages.texts(everywhere, "//select[@name='ente']/option")).containsExactly("Tutti gli enti",
                "CCIAA di BARI", "CCIAA di FOGGIA");
        assertThat(HtmlPages.texts(everywhere, "//select[@name='ente']/option/@value")).containsExactly("", BARI, FOGGIA);
        assertThat(HtmlPages.texts(everywhere, "//ol[@class='search-results']/li[position() <= 2]//span[@class='chamber']"))
                .containsExactlyInAnyOrder("CCIAA di BARI", "CCIAA di FOGGIA");

        Document inFoggia = page("tributi", FOGGIA);
        assertThat(HtmlPages.texts(inFoggia, "//select[@name='ente']/option[@selected]/@value")).containsExactly(FOGGIA);
        assertThat(HtmlPages.texts(inFoggia, "//ol[@class='search-results']//span[@class='chamber']"))
                .isNotEmpty().containsOnly("CCIAA di FOGGIA");
        assertThat(HtmlPages.texts(inFoggia, "//h2[@id='results-heading']").getFirst()).endsWith("· ente: CCIAA di FOGGIA");
        assertThat(HtmlPages.texts(inFoggia, "//nav[@class='kind-filter']//a/@href"))
                .contains("/cerca?q=tributi&tipo=unita&ente=" + FOGGIA);
    }

    private static Document page(String q, String ente) {
        KgProperties properties = new KgProperties("https://w3id.org/organigramma-kg", Path.of("run"), "", "", "", "",
                "", "", Duration.ofSeconds(10), Duration.ofSeconds(60), 10_000, 16_777_216L, null, null);
        SearchPageController controller = new SearchPageController(index, new LinkedDataLinks(properties),
                new SearchQueries(null, NamedQueries.load()));
        ConcurrentModel model = new ConcurrentModel();
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(controller.page(q, null, ente, null, null, "text/html", model,
                new MockHttpServletRequest("GET", "/cerca"), response)).isEqualTo("search/search");
        assertThat(response.getStatus()).isEqualTo(200);
        return RenderedPages.page("search/search", model.asMap());
    }
}
