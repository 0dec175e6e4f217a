package it.cciaa.organigramma.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.Imported;
import it.cciaa.organigramma.ingest.ProcessCode;
import it.cciaa.organigramma.iri.ChamberIris;
import it.cciaa.organigramma.iri.ProcessMapIris;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.taxonomy.ProcessPage.Competence;
import it.cciaa.organigramma.taxonomy.ProcessPage.Label;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The process-map queries and pages over the Foggia edition imported in memory (named graphs, no union graph). */
class TaxonomyQueriesTest {
    private static Imported imported;
    private static ServiceIris service;
    private static ChamberIris chamber;
    private static ProcessMapIris processMap;
    private static TaxonomyQueries queries;
    private static ProcessPages pages;

    @BeforeAll
    static void importFoggia() throws Exception {
        imported = new AllegatoImporter(AllegatoImporter.ImportOptions.defaults())
                .importDocument(ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT), "foggia.txt");
        service = imported.chamber().service();
        chamber = imported.chamber();
        processMap = imported.processMap();
        queries = TaxonomyQueries.over(imported.dataset(), NamedQueries.load());
        pages = new ProcessPages(queries, service);
    }

    @Test
    void latestRevisionIsTheImportedMap() {
        assertThat(queries.revisions()).extracting(MapRevision::scheme, MapRevision::revision)
                .containsExactly(tuple(processMap.scheme(), "2024"));
        assertThat(pages.revision(null).title()).contains("2024");
    }

    @Test
    void treeHasSixteenThemesUnderTheirFunctionsWithCountsFromTheDocument() {
        ProcessTree tree = pages.tree(pages.revision(null), null, null);
        assertThat(tree.themeCount()).isEqualTo(16);
        assertThat(tree.conceptsPerLevel()).containsExactly(16, 44, 123, 246);
        assertThat(tree.functions()).extracting(branch -> branch.function().notation())
                .containsExactly("A", "B", "C", "D", "E", "F");
        for (ProcessTree.Branch branch : tree.functions()) {
            for (ProcessTree.Node theme : branch.themes()) {
                assertThat(theme.notation()).startsWith(branch.function().notation());
                assertThat(theme.activities()).as(theme.notation()).isEqualTo(activitiesUnder(theme.notation()));
                assertThat(theme.units()).as(theme.notation()).isEqualTo(unitsCompetentUnder(theme.notation()));
            }
        }
        ProcessTree.Node a1 = tree.functions().getFirst().themes().getFirst();
        assertThat(a1.notation()).isEqualTo("A1");
        assertThat(a1.activities()).isEqualTo(34);
        assertThat(a1.units()).isEqualTo(7);
    }

    @Test
    void treeDownToALevelStopsThereAndAThemeFilterKeepsOnlyThatTheme() {
        ProcessTree twoLevels = pages.tree(pages.revision(null), "2", null);
        ProcessTree.Node theme = twoLevels.functions().getFirst().themes().getFirst();
        assertThat(theme.children()).isNotEmpty().allSatisfy(child -> assertThat(child.children()).isEmpty());

        ProcessTree c1 = pages.tree(pages.revision(null), null, "C1");
        assertThat(c1.functions()).singleElement().satisfies(branch -> {
            assertThat(branch.function().notation()).isEqualTo("C");
            assertThat(branch.themes()).extracting(ProcessTree.Node::notation).containsExactly("C1");
        });
        assertThat(status(() -> pages.tree(pages.revision(null), "5", null))).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status(() -> pages.tree(pages.revision(null), null, "C1.1"))).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status(() -> pages.tree(pages.revision(null), null, "F9"))).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status(() -> pages.revision("1999"))).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void activityC1_1_1_1IsCompetenceOfUnits4_1And4_3And4_4() {
        List<Competence> competences = queries.competences(processMap.concept("C1.1.1.1"));
        assertThat(competences).extracting(c -> c.unit().notation()).containsExactly("4.1", "4.3", "4.4");
        assertThat(competences).allSatisfy(c -> {
            assertThat(c.activityNotation()).isEqualTo("C1.1.1.1");
            assertThat(c.labelAsWritten()).startsWith("Pratiche telematiche e a sportello");
            assertThat(c.sourceLine()).isPositive();
        });
        ProcessPage page = pages.page("2024", "C1.1.1.1");
        assertThat(page.activity()).isTrue();
        assertThat(page.competentUnits()).extracting(u -> u.unit().iri())
                .containsExactly(chamber.unit("ufficio-4-1"), chamber.unit("ufficio-4-3"), chamber.unit("ufficio-4-4"));
        assertThat(page.broader()).extracting(ProcessSummary::notation).containsExactly("C1", "C1.1", "C1.1.1");
        assertThat(page.process().levelName()).isNotBlank();
    }

    @Test
    void competencesCarryTheQualifierMarkerAndNoteOfTheirFootnote() {
        Competence withNote = queries.competences(processMap.concept("A1.1.1.2")).stream()
                .filter(c -> c.unit().iri().equals(chamber.unit("ufficio-2-1"))).findFirst().orElseThrow();
        assertThat(withNote.marker()).isEqualTo("**");
        assertThat(withNote.qualifier().iri()).endsWith("/modalita-presidio/con-supporto-altre-uo");
        assertThat(withNote.qualifier().shortLabel()).isEqualTo("Con il supporto di altre U.O.");
        assertThat(withNote.editorialNote()).contains("PIRA");
    }

    @Test
    void activityA1_1_2_3ShowsEveryLabelWithTheTimesheetVariantOfUnit5_3() {
        List<Label> labels = queries.labels(processMap.concept("A1.1.2.3"));
        assertThat(labels).extracting(Label::kind).contains("preferred", "variant", "as-written");
        assertThat(labels).filteredOn(l -> l.kind().equals("preferred")).singleElement()
                .satisfies(l -> assertThat(l.label()).startsWith("Monitoraggio ciclo della performance"));
        assertThat(labels).filteredOn(l -> l.kind().equals("as-written") && l.label().startsWith("Timesheet"))
                .singleElement().satisfies(l -> {
                    assertThat(l.unit().notation()).isEqualTo("5.3");
                    assertThat(l.sourceLine()).isEqualTo(752);
                });
        assertThat(ProcessPages.hasVariants(labels)).isTrue();
        assertThat(pages.page("2024", "A1.1.2.3").labelVariants()).isTrue();
        assertThat(pages.page("2024", "C1.1.1.1").labelVariants()).isFalse();
    }

    @Test
    void processC2_4_1CitesLaw689Of1981FromLine699() {
        ProcessPage page = pages.page("2024", "C2.4.1");
        assertThat(page.laws()).singleElement().satisfies(law -> {
            assertThat(law.law()).isEqualTo(service.mintedLaw("stato-legge-1981-11-24-689"));
            assertThat(law.notation()).isEqualTo("L. 689/1981");
            assertThat(law.holder()).isEqualTo(processMap.concept("C2.4.1"));
        });
        assertThat(page.sourceLines()).extracting(ProcessPage.SourceLine::line).contains(699);
        assertThat(page.narrower()).extracting(ProcessSummary::notation)
                .containsExactly("C2.4.1.1", "C2.4.1.2", "C2.4.1.3");
        assertThat(queries.laws(processMap.concept("C2.4.1.2"))).singleElement()
                .satisfies(law -> assertThat(law.holderNotation()).isEqualTo("C2.4.1"));
    }

    @Test
    void themeD1MatchesInstitutionalFunctionD() {
        ProcessPage.ProcessDescription d1 = queries.concept(processMap.concept("D1")).orElseThrow();
        assertThat(d1.level()).isEqualTo(1);
        assertThat(d1.function().iri()).isEqualTo(service.function("D"));
        assertThat(d1.function().notation()).isEqualTo("D");
        assertThat(d1.function().label()).isEqualTo("Studio, formazione, informazione e promozione economica");
        assertThat(d1.function().mapLabel()).isEqualTo("Sviluppo della competitività");
        assertThat(d1.function().legalBasisNotation()).isEqualTo("DPR 254/2005");
        assertThat(queries.concept(processMap.concept("E1")).orElseThrow().function().legalBasis())
                .as("E is the process map's own addition").isNull();
        assertThat(queries.concept(processMap.concept("D1.1.1")).orElseThrow().function().notation()).isEqualTo("D");
    }

    @Test
    void level2ProcessListsTheUnitsThatDeclareIt() {
        ProcessPage page = pages.page("2024", "B3.1");
        assertThat(page.declarations()).extracting(d -> d.unit().notation()).contains("II", "2.1", "2.2");
        assertThat(page.declarations()).allSatisfy(d -> assertThat(d.sourceLine()).isPositive());
    }

    @Test
    void malformedCodeIsABadRequestAndAnUnknownOneIsNotFound() {
        assertThat(status(() -> pages.page("2024", "C1..1"))).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status(() -> pages.page("2024", "G1"))).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status(() -> pages.page("2024", "C1.1.1.1.1"))).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status(() -> pages.page("2024", "C9.9"))).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status(() -> pages.page("1999", "C1"))).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status(() -> pages.page("20>24", "C1"))).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static int activitiesUnder(String theme) {
        return (int) imported.document().mentions().stream().map(m -> m.code())
                .filter(code -> code.level() == 4 && code.ancestorAt(1).equals(theme))
                .map(ProcessCode::canonical).distinct().count();
    }

    private static int unitsCompetentUnder(String theme) {
        Set<String> units = imported.document().competences().stream()
                .filter(c -> c.code().ancestorAt(1).equals(theme)).map(c -> c.unitSlug())
                .collect(Collectors.toSet());
        return units.size();
    }

    private static HttpStatus status(Runnable call) {
        try {
            call.run();
        } catch (ResponseStatusException failure) {
            return HttpStatus.valueOf(failure.getStatusCode().value());
        }
        throw new AssertionError("no failure");
    }
}
