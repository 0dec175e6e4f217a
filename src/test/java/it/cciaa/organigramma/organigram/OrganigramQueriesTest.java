package it.cciaa.organigramma.organigram;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.Imported;
import it.cciaa.organigramma.iri.ChamberIris;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.QueryRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The organigram's queries over the Foggia edition as the store holds it: named graphs only, an empty default graph
 * (so a query that forgets its GRAPH pattern finds nothing).
 */
class OrganigramQueriesTest {
    private static final String FRONT_OFFICE = "Front office negli Sportelli Polifunzionali";

    private static Imported imported;
    private static ChamberIris chamber;
    private static OrganigramQueries queries;

    @BeforeAll
    static void importFoggia() throws Exception {
        imported = new AllegatoImporter(AllegatoImporter.ImportOptions.defaults())
                .importDocument(ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT), "foggia.txt");
        chamber = imported.chamber();
        assertThat(imported.dataset().getDefaultModel().isEmpty()).isTrue();
        queries = new OrganigramQueries(it.cciaa.organigramma.query.RowSource.over(imported.dataset()),
                NamedQueries.load());
    }

    private static UnitPage page(String slug) {
        return UnitPage.read(queries, chamber.unit(slug)).orElseThrow();
    }

    private static List<String> codes(List<UnitSummary> units) {
        return units.stream().map(u -> u.code() == null ? u.kind() : u.code()).toList();
    }

    @Test
    void unitPageGroupsTheActivitiesOfUfficio41ByProcessWithFrontOfficeBadges() {
        UnitPage page = page("ufficio-4-1");
        assertThat(page.kind()).isEqualTo("Ufficio");
        assertThat(page.code()).isEqualTo("4.1");
        assertThat(page.name()).isEqualTo("REGISTRO IMPRESE");
        assertThat(page.activities()).hasSize(12);
        assertThat(page.highlights()).containsExactly("12 attività", "8 temi e processi presidiati",
                "1 riferimento normativo", "nel documento dalla riga 572");
        assertThat(page.processGroups()).extracting(UnitPage.ProcessGroup::notation)
                .containsExactly("A2.2", "C1.1", "D1.2", "D2.2");
        UnitPage.ProcessGroup registry = page.processGroups().get(1);
        assertThat(registry.label()).isEqualTo("GESTIONE DEL REGISTRO DELLE IMPRESE, ALBI ED ELENCHI");
        assertThat(registry.subProcesses()).extracting(UnitPage.SubProcessGroup::notation)
                .containsExactly("C1.1.1", "C1.1.3", "C1.1.4", "C1.1.5", "C1.1.6");
        assertThat(registry.subProcesses().getFirst().activities()).extracting(UnitActivity::notation)
                .containsExactly("C1.1.1.1", "C1.1.1.2", "C1.1.1.4");

        Map<String, UnitActivity> byCode = page.activities().stream()
                .collect(Collectors.toMap(UnitActivity::notation, a -> a));
        UnitActivity balanceSheets = byCode.get("C1.1.1.2");
        assertThat(balanceSheets.label()).isEqualTo("Deposito bilanci, ivi compresa l'assistenza informativa sui bilanci inviati");
        assertThat(balanceSheets.qualifierLabel()).isEqualTo(FRONT_OFFICE);
        assertThat(balanceSheets.qualifier()).endsWith("/modalita-presidio/front-office-sportelli-polifunzionali");
        assertThat(balanceSheets.marker()).isEqualTo("***");
        assertThat(balanceSheets.sourceLine()).isEqualTo(594);
        assertThat(balanceSheets.sourceRecord()).endsWith("/riga/594");
        assertThat(page.activities().stream().filter(a -> FRONT_OFFICE.equals(a.qualifierLabel())).map(UnitActivity::notation))
                .containsExactly("A2.2.2.1", "C1.1.1.2", "C1.1.4.1", "C1.1.4.2", "C1.1.6.2", "D1.2.1.1");
        assertThat(byCode.get("C1.1.1.1").qualifier()).isNull();
        assertThat(byCode.get("C1.1.1.1").marker()).isNull();
        assertThat(page.qualifiersInUse()).containsOnlyKeys(FRONT_OFFICE);
    }

    @Test
    void activityC1111IsSharedByUffici41And43And44() {
        assertThat(codes(sharedWith("ufficio-4-1", "C1.1.1.1"))).containsExactly("4.3", "4.4");
        assertThat(codes(sharedWith("ufficio-4-3", "C1.1.1.1"))).containsExactly("4.1", "4.4");
        assertThat(codes(sharedWith("ufficio-4-4", "C1.1.1.1"))).containsExactly("4.1", "4.3");
        assertThat(sharedWith("ufficio-4-1", "C1.1.3.1")).isEmpty();
    }

    private static List<UnitSummary> sharedWith(String slug, String notation) {
        return page(slug).activities().stream().filter(a -> a.notation().equals(notation)).findFirst().orElseThrow()
                .sharedWith();
    }

    @Test
    void parentChainOfUfficio23RunsFromTheEnteDown() {
        List<UnitSummary> parents = page("ufficio-2-3").parents();
        assertThat(parents).extracting(UnitSummary::iri)
                .containsExactly(chamber.iri(), chamber.unit("area-sg"), chamber.unit("servizio-ii"));
        assertThat(parents.getFirst().title()).isEqualTo("Ente – CCIAA di FOGGIA");
        assertThat(parents.get(2).title()).isEqualTo("Servizio II – BILANCIO E PATRIMONIO");
        assertThat(page("staff-performance-e-controllo-di-gestione").parents()).extracting(UnitSummary::iri)
                .containsExactly(chamber.iri());
        assertThat(UnitPage.read(queries, chamber.iri()).orElseThrow().parents()).isEmpty();
    }

    @Test
    void theEntePageListsTheStaffOfficeAndTheAreasInTheDocumentsOrder() {
        UnitPage ente = UnitPage.read(queries, chamber.iri()).orElseThrow();
        assertThat(ente.kind()).isEqualTo("Ente");
        assertThat(ente.code()).isNull();
        assertThat(ente.children()).extracting(child -> child.unit().iri()).containsExactly(
                chamber.unit("staff-performance-e-controllo-di-gestione"), chamber.unit("area-sg"), chamber.unit("area-i"));
        assertThat(ente.activities()).isEmpty();
        assertThat(page("servizio-iii").children()).extracting(SubUnit::activities).containsExactly(8, 5, 5, 4);
    }

    @Test
    void aServizioHasItsMissionItsDeclaredProcessesAndTheLawsItCites() {
        UnitPage service = page("servizio-iii");
        assertThat(service.descriptionParagraphs()).isNotEmpty();
        assertThat(service.activities()).isEmpty();
        assertThat(service.declaredProcesses()).extracting(DeclaredProcess::notation).contains("C2", "C2.7");
        assertThat(service.declaredProcesses().stream().filter(p -> p.notation().equals("C2.7")).findFirst()
                .orElseThrow().sourceLine()).isEqualTo(473);
        assertThat(service.laws()).extracting(LawCitation::lawNotation)
                .containsExactlyInAnyOrder("Reg. (UE) 2016/679", "DPR 254/2005");
        DeclaredProcess qualified = page("servizio-i").declaredProcesses().stream()
                .filter(p -> p.notation().equals("F1")).findFirst().orElseThrow();
        assertThat(qualified.level()).isEqualTo(1);
        assertThat(qualified.qualifierLabel()).isEqualTo("Per quanto di competenza");
    }

    @Test
    void lawsOfAUnitComeFromItsTextAndFromTheConceptsAboveItsActivities() {
        assertThat(page("ufficio-5-1").laws()).extracting(LawCitation::lawNotation, LawCitation::citedByNotation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DPR 254/2005", null),
                        org.assertj.core.groups.Tuple.tuple("L. 689/1981", "C2.4.1"));
        List<LawCitation> finance = page("ufficio-2-1").laws();
        assertThat(finance).filteredOn(c -> c.law() == null).extracting(LawCitation::textAsWritten,
                LawCitation::citedByNotation).containsExactly(org.assertj.core.groups.Tuple.tuple("ex art. 44", "B3.2.1.4"),
                org.assertj.core.groups.Tuple.tuple("ex art. 42", "B3.2.2.3"));
    }

    @Test
    void aUnitPageKeepsTheEditorialNoteAndTheOtherNames() {
        UnitActivity withNote = page("ufficio-2-1").activities().stream()
                .filter(a -> a.notation().equals("A1.1.1.2")).findFirst().orElseThrow();
        assertThat(withNote.editorialNote()).contains("PIRA");
        assertThat(page("ufficio-1-4").otherNames()).containsExactly("SVILUPPO IMPRESE E COMPETITIVITÀ DEL TERRITORIO");
        assertThat(page("ufficio-4-1").otherNames()).isEmpty();
    }

    @Test
    void anUnknownUnitHasNoPage() {
        assertThat(UnitPage.read(queries, chamber.unit("ufficio-9-9"))).isEmpty();
    }

    @Test
    void theTreeHasTheEnteAtItsRootAndEveryUnitOnceInTheDocumentsOrder() {
        List<TreeNode> roots = queries.tree();
        assertThat(roots).hasSize(1);
        TreeNode ente = roots.getFirst();
        assertThat(ente.unit().iri()).isEqualTo(chamber.iri());
        assertThat(ente.size()).isEqualTo(27);
        assertThat(ente.activitiesBelow()).isEqualTo(imported.document().competences().size());
        List<UnitSummary> walked = new ArrayList<>();
        walk(ente, walked);
        assertThat(walked).extracting(UnitSummary::iri).doesNotHaveDuplicates();
        assertThat(codes(walked)).startsWith("Ente", "Staff", "SG", "I", "1.1", "1.2", "1.3", "1.4", "II")
                .endsWith("V", "5.1", "5.2", "5.3");
        TreeNode areaI = ente.children().get(2);
        assertThat(areaI.children()).extracting(node -> node.unit().code()).containsExactly("IV", "V");
        assertThat(areaI.children().getFirst().children()).extracting(TreeNode::activities).containsExactly(12, 3, 2, 5);
    }

    private static void walk(TreeNode node, List<UnitSummary> walked) {
        walked.add(node.unit());
        node.children().forEach(child -> walk(child, walked));
    }

    @Test
    void figuresCountUnitsByKindProcessesByLevelAndTheEdition() {
        OrganigramFigures figures = OrganigramFigures.read(queries);
        assertThat(figures.unitsByKind()).extracting(OrganigramFigures.KindCount::kind, OrganigramFigures.KindCount::units)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ente", 1), org.assertj.core.groups.Tuple.tuple("Area", 2),
                        org.assertj.core.groups.Tuple.tuple("Servizio", 5), org.assertj.core.groups.Tuple.tuple("Ufficio", 18),
                        org.assertj.core.groups.Tuple.tuple("Staff", 1));
        assertThat(figures.units()).isEqualTo(27);
        assertThat(figures.processesByLevel()).extracting(OrganigramFigures.LevelCount::processes)
                .containsExactly(16, 44, 123, 246);
        assertThat(figures.processesByLevel().getFirst().levelLabel()).isEqualTo("Tema (macro-processo)");
        assertThat(figures.totals()).isEqualTo(new OrganigramFigures.Totals(295, 236, 34, 7));
        assertThat(figures.currentEdition().iri()).isEqualTo(chamber.edition(imported.editionKey()));
        assertThat(figures.currentEdition().modified()).isNull();
    }

    @Test
    void theSparqlOfAUnitPageHasTheUnitBound() {
        String text = queries.queryText("organigram/unit-activities", chamber.unit("ufficio-4-1"));
        assertThat(text).contains("<" + chamber.unit("ufficio-4-1") + ">").doesNotContain("?_unit");
    }

    @Test
    void notationsSortByTheirNumbersNotTheirCharacters() {
        assertThat(new ArrayList<>(List.of("A1.10", "B1", "A1.2", "A1.2.1", "A1")).stream()
                .sorted(OrganigramQueries.NOTATION_ORDER).toList())
                .containsExactly("A1", "A1.2", "A1.2.1", "A1.10", "B1");
    }
}
