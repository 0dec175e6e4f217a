package it.cciaa.organigramma.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.Imported;
import it.cciaa.organigramma.iri.ChamberIris;
import it.cciaa.organigramma.iri.ProcessMapIris;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.query.NamedQueries;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The law queries and pages over the Foggia edition imported in memory (named graphs, no union graph). */
class LawQueriesTest {
    private static final String DPR_254_2005 = "https://www.gazzettaufficiale.it/eli/id/2005/12/16/005G0279/sg";

    private static Imported imported;
    private static ServiceIris service;
    private static ChamberIris chamber;
    private static ProcessMapIris processMap;
    private static LawQueries queries;
    private static LawPages pages;

    @BeforeAll
    static void importFoggia() throws Exception {
        imported = new AllegatoImporter(AllegatoImporter.ImportOptions.defaults())
                .importDocument(ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT), "foggia.txt");
        service = imported.chamber().service();
        chamber = imported.chamber();
        processMap = imported.processMap();
        queries = LawQueries.over(imported.dataset(), NamedQueries.load());
        pages = new LawPages(queries);
    }

    @Test
    void indexListsEveryLawOfTheCatalogueWithItsCitationCount() {
        LawIndex index = pages.index();
        assertThat(index.laws()).hasSize(8);
        Map<String, Integer> citations = index.laws().stream()
                .collect(Collectors.toMap(LawSummary::notation, LawSummary::citations));
        assertThat(citations).containsEntry("L. 689/1981", 1).containsEntry("DPR 254/2005", 24)
                .containsEntry("art. 21 L. 183/2010", 1);
        assertThat(citations.values().stream().mapToInt(Integer::intValue).sum()).as("every act named is catalogued")
                .isEqualTo(imported.document().citations().size() - index.unresolvedReferences().size());
        assertThat(index.laws()).filteredOn(l -> l.notation().equals("art. 21 L. 183/2010")).singleElement()
                .satisfies(l -> assertThat(l.partOf()).isEqualTo(service.mintedLaw("stato-legge-2010-11-04-183")));
    }

    @Test
    void referencesThatNameNoActAreListedApart() {
        assertThat(pages.index().unresolvedReferences())
                .extracting(UnresolvedReference::textAsWritten, UnresolvedReference::citedByNotation,
                        UnresolvedReference::sourceLine)
                .containsExactly(
                        tuple("ex art. 44", "B3.2.1.4", 361),
                        tuple("ex art. 42", "B3.2.2.3", 367),
                        tuple("ex art. 44", "B3.2.1.4", 441),
                        tuple("ex art. 42", "B3.2.2.3", 444));
    }

    @Test
    void law689Of1981IsCitedByProcessC2_4_1AtLine699AndReadOnNormattiva() {
        LawPage page = pages.page(service.mintedLaw("stato-legge-1981-11-24-689"));
        assertThat(page.law().notation()).isEqualTo("L. 689/1981");
        assertThat(page.law().localId()).isEqualTo("urn:nir:stato:legge:1981-11-24;689");
        assertThat(page.law().dateInWords()).isEqualTo("24 novembre 1981");
        assertThat(page.officialPages()).singleElement().satisfies(official -> {
            assertThat(official.site()).isEqualTo("Normattiva");
            assertThat(official.url()).startsWith("https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:1981-11-24;689");
        });
        assertThat(page.conceptCitations()).singleElement().satisfies(citation -> {
            assertThat(citation.citedBy()).isEqualTo(processMap.concept("C2.4.1"));
            assertThat(citation.citedByNotation()).isEqualTo("C2.4.1");
            assertThat(citation.sourceLine()).isEqualTo(699);
            assertThat(citation.textAsWritten()).isEqualTo("L. 689/81");
        });
        assertThat(page.unitCitations()).isEmpty();
        assertThat(page.linkedConcepts()).extracting(LawPage.LinkedConcept::notation).containsExactly("C2.4.1");
    }

    @Test
    void dpr254Of2005IsCitedByUnitsAndIsTheBasisOfFunctionsAToD() {
        LawPage page = pages.page(DPR_254_2005);
        assertThat(page.unitCitations()).hasSize(24)
                .anySatisfy(c -> assertThat(c.citedBy()).isEqualTo(chamber.unit("ufficio-1-1")));
        assertThat(page.linkedConcepts()).extracting(LawPage.LinkedConcept::notation)
                .containsExactly("A", "B", "C", "D");
    }

    @Test
    void anArticleLinksToItsActAndTheActToItsArticle() {
        String act = service.mintedLaw("stato-legge-2010-11-04-183");
        String article = act + "-art21";
        assertThat(pages.page(article).law().partOf().iri()).isEqualTo(act);
        assertThat(pages.page(act).parts()).extracting(LawSummary::iri).containsExactly(article);
        assertThat(pages.page(article).conceptCitations()).extracting(LawPage.Citation::citedByNotation)
                .containsExactly("A1.3.2.4");
    }

    @Test
    void missingOrRelativeIriIsABadRequestAndAnUnknownLawIsNotFound() {
        assertThat(status(null)).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status(" ")).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status("norme/legge-689")).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status("http://exa mple.org/x")).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status("https://example.org/eli/unknown")).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status(processMap.concept("C2.4.1"))).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void officialPagesAreNamedByTheirSite() {
        assertThat(LawQueries.siteOf("https://eur-lex.europa.eu/eli/reg/2016/679/oj")).isEqualTo("EUR-Lex");
        assertThat(LawQueries.siteOf("https://www.normattiva.it/eli/id/2003/07/29/003G0218/CONSOLIDATED"))
                .isEqualTo("Normattiva");
        assertThat(LawQueries.siteOf("https://example.org/x")).isEqualTo("example.org");
    }

    private static HttpStatus status(String iri) {
        try {
            pages.page(iri);
        } catch (ResponseStatusException failure) {
            return HttpStatus.valueOf(failure.getStatusCode().value());
        }
        throw new AssertionError("no failure for " + iri);
    }
}
