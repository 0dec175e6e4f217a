package it.cciaa.organigramma.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.ingest.AllegatoImporter.Imported;
import it.cciaa.organigramma.iri.ChamberIris;
import it.cciaa.organigramma.iri.ProcessMapIris;
import it.cciaa.organigramma.law.LawQueries;
import it.cciaa.organigramma.law.LawSummary;
import it.cciaa.organigramma.organigram.OrganigramQueries;
import it.cciaa.organigramma.organigram.TreeNode;
import it.cciaa.organigramma.organigram.UnitPage;
import it.cciaa.organigramma.organigram.UnitSummary;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.taxonomy.ProcessPage;
import it.cciaa.organigramma.taxonomy.TaxonomyQueries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The page queries over one dataset holding two Foggia editions, the real document as of 2025-01-01 and the changed
 * copy ({@link ChangedFoggiaDocument}) as of 2026-01-01, in named graphs as the store holds them: each page reads
 * the edition it is given and never mixes the two.
 */
class EditionQueriesTest {
    private static final NamedQueries LIBRARY = NamedQueries.load();

    private static ChamberIris chamber;
    private static ProcessMapIris processMap;
    private static Imported old;
    private static Imported changed;
    private static Dataset both;
    private static Editions editions;

    @BeforeAll
    static void importBothEditions() throws Exception {
        old = importEdition(ChangedFoggiaDocument.original(), "2025-01-01");
        changed = importEdition(ChangedFoggiaDocument.changed(), "2026-01-01");
        both = DatasetFactory.createGeneral();
        for (Imported imported : List.of(old, changed)) {
            imported.dataset().listNames().forEachRemaining(name -> both.getNamedModel(name)
                    .add(imported.dataset().getNamedModel(name)));
        }
        chamber = old.chamber();
        processMap = old.processMap();
        editions = Editions.over(both, LIBRARY);
    }

    private static Imported importEdition(byte[] document, String date) throws Exception {
        return new AllegatoImporter(ImportOptions.defaults().withEditionDate(Optional.of(LocalDate.parse(date))))
                .importDocument(document, "allegato-c-" + date + ".txt");
    }

    private static OrganigramQueries organigram(Imported edition) {
        return OrganigramQueries.over(both, LIBRARY).in(edition.editionGraph());
    }

    @Test
    void theCatalogueListsBothEditionsInDateOrderAndTheLaterIsCurrent() {
        assertThat(editions.all()).extracting(Edition::key).containsExactly("2025-01-01", "2026-01-01");
        Edition current = editions.current().orElseThrow();
        assertThat(current.key()).isEqualTo("2026-01-01");
        assertThat(current.graph()).isEqualTo(changed.editionGraph());
        assertThat(current.dataset()).isEqualTo(changed.edition());
        assertThat(current.ente()).isEqualTo("cciaa-di-foggia");
        assertThat(current.sourceFile()).isEqualTo("allegato-c-2026-01-01.txt");
        assertThat(current.checksum()).hasSize(64);
        assertThat(current.mapScheme()).isEqualTo(processMap.scheme());
        assertThat(current.mapRevision()).isEqualTo("2024");
        assertThat(current.validTo()).isNull();
        assertThat(current.previous()).isEqualTo(old.edition());
        assertThat(current.reportGraph()).isNull();
    }

    @Test
    void withoutAnEndDateInTheCatalogueAnEditionIsValidUntilTheNextDatedOne() {
        Edition first = editions.byId("cciaa-di-foggia/2025-01-01").orElseThrow();
        assertThat(first.validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(first.validTo()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(first.previous()).isNull();
        assertThat(first.checksum()).isNotEqualTo(editions.current().orElseThrow().checksum());
    }

    @Test
    void theRequestParameterResolvesToAnEditionOrFailsWithTheRightStatus() {
        assertThat(editions.resolve(null).key()).isEqualTo("2026-01-01");
        assertThat(editions.resolve(" ").key()).isEqualTo("2026-01-01");
        assertThat(editions.resolve("2025-01-01").graph()).isEqualTo(old.editionGraph());
        assertThatThrownBy(() -> editions.resolve("2024-06-30")).isInstanceOfSatisfying(ResponseStatusException.class,
                e -> {
                    assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
                    assertThat(e.getReason()).contains("2024-06-30");
                });
        for (String malformed : List.of("2025-13-01", "ieri", "sha256-XYZ", "2025-1-1", "<script>")) {
            assertThatThrownBy(() -> editions.resolve(malformed)).as(malformed)
                    .isInstanceOfSatisfying(ResponseStatusException.class,
                            e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
        }
        assertThat(Editions.isKey("sha256-0123456789ab")).isTrue();
    }

    /** Ufficio 2.3 is under Servizio II in 2025; in 2026 it is Ufficio 3.5, under Servizio III. */
    @Test
    void office23AsOf2025AndAsOf2026DifferAsTheChangedCopySays() {
        UnitPage in2025 = UnitPage.read(organigram(old), chamber.unit("ufficio-2-3")).orElseThrow();
        assertThat(in2025.name()).isEqualTo(ChangedFoggiaDocument.OFFICE_2_3_NAME);
        assertThat(in2025.parents()).extracting(UnitSummary::code).endsWith("II");
        assertThat(UnitPage.read(organigram(changed), chamber.unit("ufficio-2-3"))).isEmpty();
        UnitPage in2026 = UnitPage.read(organigram(changed), chamber.unit("ufficio-3-5")).orElseThrow();
        assertThat(in2026.name()).isEqualTo(ChangedFoggiaDocument.OFFICE_2_3_NAME);
        assertThat(in2026.parents()).extracting(UnitSummary::code).endsWith("III");
        assertThat(in2026.activities()).extracting(a -> a.notation())
                .containsExactlyElementsOf(in2025.activities().stream().map(a -> a.notation()).toList());
        assertThat(UnitPage.read(organigram(old), chamber.unit("ufficio-3-5"))).isEmpty();
    }

    @Test
    void theRenamedOfficeHasExactlyOneNameInEachEdition() {
        UnitPage in2025 = UnitPage.read(organigram(old), chamber.unit("ufficio-1-1")).orElseThrow();
        UnitPage in2026 = UnitPage.read(organigram(changed), chamber.unit("ufficio-1-1")).orElseThrow();
        assertThat(in2025.name()).isEqualTo(ChangedFoggiaDocument.OFFICE_1_1_OLD_NAME);
        assertThat(in2026.name()).isEqualTo(ChangedFoggiaDocument.OFFICE_1_1_NEW_NAME);
        assertThat(in2026.otherNames()).doesNotContain(ChangedFoggiaDocument.OFFICE_1_1_OLD_NAME);
        UnitPage servizio = UnitPage.read(organigram(changed), chamber.unit("servizio-i")).orElseThrow();
        assertThat(servizio.children()).filteredOn(child -> "1.1".equals(child.unit().code()))
                .extracting(child -> child.unit().name()).containsExactly(ChangedFoggiaDocument.OFFICE_1_1_NEW_NAME);
    }

    @Test
    void eachTreeHasEveryUnitOnceWithTheActivitiesOfItsOwnEdition() {
        for (Imported edition : List.of(old, changed)) {
            List<TreeNode> roots = organigram(edition).tree();
            assertThat(roots).hasSize(1);
            List<String> units = new ArrayList<>();
            collect(roots, units);
            assertThat(units).as(edition.editionKey()).doesNotHaveDuplicates().hasSize(27);
            long competences = edition.dataset().getNamedModel(edition.editionGraph()).listSubjectsWithProperty(
                    org.apache.jena.vocabulary.RDF.type, both.getDefaultModel().createResource(
                            "https://w3id.org/organigramma-kg/onto/organigramma/Competence")).toList().size();
            assertThat(roots.getFirst().activitiesBelow()).as(edition.editionKey()).isEqualTo((int) competences);
        }
        assertThat(organigram(changed).totals().competences())
                .isEqualTo(organigram(old).totals().competences() - 1);
    }

    private static void collect(List<TreeNode> nodes, List<String> units) {
        for (TreeNode node : nodes) {
            units.add(node.unit().iri());
            collect(node.children(), units);
        }
    }

    /** B3.2.1.6 moves from Ufficio 2.1 to Ufficio 2.2; A1.2.1.4 is taken from Ufficio 3.2. */
    @Test
    void processPagesShowTheCompetencesOfTheirEditionOnly() {
        TaxonomyQueries taxonomy = TaxonomyQueries.over(both, LIBRARY);
        String moved = processMap.concept("B3.2.1.6");
        assertThat(taxonomy.in(old.editionGraph()).competences(moved)).extracting(c -> c.unit().notation())
                .containsExactly("2.1");
        assertThat(taxonomy.in(changed.editionGraph()).competences(moved)).extracting(c -> c.unit().notation())
                .containsExactly("2.2");
        String taken = processMap.concept("A1.2.1.4");
        assertThat(taxonomy.in(old.editionGraph()).competences(taken)).extracting(c -> c.unit().notation())
                .contains("3.2");
        assertThat(taxonomy.in(changed.editionGraph()).competences(taken)).extracting(c -> c.unit().notation())
                .doesNotContain("3.2");
        assertThat(taxonomy.in(changed.editionGraph()).sourceLines(moved)).extracting(ProcessPage.SourceLine::record)
                .allMatch(record -> record.startsWith(changed.edition() + "/"));
    }

    @Test
    void lawCountsAreThoseOfTheEditionNotOfBothAddedUp() {
        Dataset onlyOld = old.dataset();
        List<LawSummary> alone = LawQueries.over(onlyOld, LIBRARY).laws();
        List<LawSummary> inBoth = LawQueries.over(both, LIBRARY).in(old.editionGraph()).laws();
        assertThat(inBoth).isEqualTo(alone);
        assertThat(LawQueries.over(both, LIBRARY).in(old.editionGraph()).unresolvedReferences())
                .isEqualTo(LawQueries.over(onlyOld, LIBRARY).unresolvedReferences());
    }

    /** The generic description reads the edition asked for and the shared graphs, never the other edition. */
    @Test
    void aUnitsDescriptionHoldsTheStatementsOfTheChosenEditionOnly() {
        Node office = NodeFactory.createURI(chamber.unit("ufficio-1-1"));
        Graph in2025 = describe(office, old.editionGraph());
        Graph in2026 = describe(office, changed.editionGraph());
        assertThat(in2025.find(office, SKOS.prefLabel.asNode(), Node.ANY).mapWith(t -> t.getObject()
                .getLiteralLexicalForm()).toList()).containsExactly(ChangedFoggiaDocument.OFFICE_1_1_OLD_NAME);
        assertThat(in2026.find(office, SKOS.prefLabel.asNode(), Node.ANY).mapWith(t -> t.getObject()
                .getLiteralLexicalForm()).toList()).containsExactly(ChangedFoggiaDocument.OFFICE_1_1_NEW_NAME);
        assertThat(in2026.find(office, NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"), Node.ANY)
                .toList()).isNotEmpty().allMatch(t -> t.getObject().getURI().startsWith(changed.edition() + "/"));
        Node moved = NodeFactory.createURI(chamber.unit("ufficio-2-3"));
        assertThat(describe(moved, changed.editionGraph()).isEmpty()).isTrue();
        assertThat(describe(moved, old.editionGraph()).isEmpty()).isFalse();
        Node scheme = NodeFactory.createURI(processMap.scheme());
        assertThat(describe(scheme, changed.editionGraph()).find(scheme, Node.ANY, Node.ANY).hasNext()).isTrue();
    }

    private static Graph describe(Node resource, String editionGraph) {
        NamedQuery describe = LIBRARY.find("linkeddata/describe").orElseThrow();
        try (QueryExec exec = QueryExec.dataset(both.asDatasetGraph()).query(describe.query())
                .substitution(describe.variableOf("resource"), resource)
                .substitution(describe.variableOf("edition"), NodeFactory.createURI(editionGraph)).build()) {
            return exec.construct();
        }
    }

    @Test
    void theSparqlOfAPageNamesItsEditionGraph() {
        assertThat(organigram(old).queryText("organigram/tree", null)).contains("<" + old.editionGraph() + ">")
                .doesNotContain("?__edition");
        assertThat(organigram(old).queryText("organigram/unit", chamber.unit("ufficio-2-3")))
                .contains("<" + old.editionGraph() + ">");
    }
}
