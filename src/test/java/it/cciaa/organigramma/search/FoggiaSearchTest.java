package it.cciaa.organigramma.search;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.Imported;
import it.cciaa.organigramma.iri.ChamberIris;
import it.cciaa.organigramma.iri.ProcessMapIris;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.QueryRunner;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code queries/search/documents.rq} over the Foggia edition as the store holds it (named graphs only, an empty
 * default graph), and the index built from its rows.
 */
class FoggiaSearchTest {
    private static final NamedQuery DOCUMENTS = NamedQueries.load().find("search/documents").orElseThrow();
    private static Imported imported;
    private static List<SearchDocument> documents;
    private static IndexSnapshot index;

    @BeforeAll
    static void importAndIndex() throws Exception {
        imported = new AllegatoImporter(AllegatoImporter.ImportOptions.defaults())
                .importDocument(ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT), "foggia.txt");
        assertThat(imported.dataset().getDefaultModel().isEmpty()).isTrue();
        documents = SearchDocument.fromRows(QueryRunner.select(DOCUMENTS, imported.dataset(), Map.of()));
        index = IndexSnapshot.build(documents);
    }

    @AfterAll
    static void free() {
        index.release();
    }

    private static Map<String, SearchDocument> byIri() {
        return documents.stream().collect(Collectors.toMap(SearchDocument::iri, Function.identity()));
    }

    @Test
    void documentsAreEveryUnitProcessActivityAndLawOnce() {
        assertThat(byIri()).hasSameSizeAs(documents);
        long laws = imported.dataset().getNamedModel(imported.chamber().service().lawGraph())
                .listSubjectsWithProperty(RDF.type, org.apache.jena.rdf.model.ResourceFactory.createResource(
                        "http://data.europa.eu/eli/ontology#LegalResource")).toList().size();
        assertThat(documents.stream().collect(Collectors.groupingBy(SearchDocument::kind, Collectors.counting())))
                .isEqualTo(Map.of(Kind.UNIT, 27L, Kind.PROCESS, 16L + 44L + 123L, Kind.ACTIVITY, 246L, Kind.LAW, laws));
    }

    @Test
    void aDocumentCarriesLabelCodeCategoryOtherNamesAndDescription() {
        ChamberIris chamber = imported.chamber();
        ProcessMapIris processMap = imported.processMap();
        Map<String, SearchDocument> byIri = byIri();
        assertThat(byIri.get(chamber.unit("ufficio-2-2"))).isEqualTo(new SearchDocument(chamber.unit("ufficio-2-2"), Kind.UNIT,
                "TRIBUTI", List.of(), "2.2", "", "Ufficio",
                Optional.of(new Chamber("cciaa-di-foggia", "CCIAA di FOGGIA"))));
        assertThat(byIri.get(chamber.iri()).chamber()).map(Chamber::ente).contains("cciaa-di-foggia");
        assertThat(byIri.get(chamber.unit("ufficio-4-4")).otherLabels())
                .containsExactly("GESTIONE SUAP, FASCICOLO D'IMPRESA E REA");
        assertThat(byIri.get(chamber.unit("servizio-iv")).description()).startsWith("Il servizio \"Servizi anagrafici");
        assertThat(byIri.get(processMap.concept("C2.7.5"))).extracting(SearchDocument::kind, SearchDocument::notation,
                SearchDocument::category).containsExactly(Kind.PROCESS, "C2.7.5", "Servizio/ambito (sotto-processo)");
        assertThat(byIri.get(processMap.concept("C2.7.5.1")).kind()).isEqualTo(Kind.ACTIVITY);
        assertThat(byIri.get("http://data.europa.eu/eli/reg/2016/679/oj")).extracting(SearchDocument::kind,
                SearchDocument::notation).containsExactly(Kind.LAW, "Reg. (UE) 2016/679");
        assertThat(documents).filteredOn(document -> document.kind() != Kind.UNIT)
                .allSatisfy(shared -> assertThat(shared.chamber()).isEmpty());
    }

    private static List<String> iris(String text) throws IOException {
        return index.search(new SearchRequest(text, Optional.empty(), Optional.empty(), 0, 10)).hits().stream()
                .map(SearchHit::iri).toList();
    }

    @Test
    void onFoggiaUnitsAndCodesComeFirst() throws IOException {
        ChamberIris chamber = imported.chamber();
        ProcessMapIris processMap = imported.processMap();
        assertThat(iris("tributi")).first().isEqualTo(chamber.unit("ufficio-2-2"));
        assertThat(iris("C2.7.5")).startsWith(processMap.concept("C2.7.5"), processMap.concept("C2.7.5.1"));
        assertThat(iris("2.1")).first().isEqualTo(chamber.unit("ufficio-2-1"));
        assertThat(iris("A1.1.1.3")).first().isEqualTo(processMap.concept("A1.1.1.3"));
        assertThat(iris("registro imprese")).first().isEqualTo(chamber.unit("ufficio-4-1"));
        assertThat(iris("GDPR")).first().isEqualTo("http://data.europa.eu/eli/reg/2016/679/oj");
        assertThat(iris("contabilita")).isEqualTo(iris("CONTABILITA'")).isEqualTo(iris("contabilità")).isNotEmpty();
        assertThat(index.suggest("regis", Optional.empty(), 5)).extracting(Suggestion::label).first()
                .isEqualTo("REGISTRO IMPRESE");
    }
}
