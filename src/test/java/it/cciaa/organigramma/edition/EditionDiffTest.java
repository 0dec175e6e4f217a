package it.cciaa.organigramma.edition;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.edition.EditionDiff.ConceptEntry;
import it.cciaa.organigramma.edition.EditionDiff.Requalification;
import it.cciaa.organigramma.edition.EditionDiff.UnitMove;
import it.cciaa.organigramma.edition.EditionDiff.UnitRenaming;
import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.ingest.AllegatoImporter.Imported;
import it.cciaa.organigramma.iri.ChamberIris;
import it.cciaa.organigramma.query.NamedQueries;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The differences between two Foggia editions in one dataset (named graphs only, as in the store): the real
 * document of 2024 and a changed copy of 2025 ({@link ChangedFoggiaDocument}).
 */
class EditionDiffTest {
    private static final String FRONT_OFFICE = "modalita-presidio/front-office-sportelli-polifunzionali";
    private static final String PER_QUANTO_DI_COMPETENZA = "modalita-presidio/per-quanto-di-competenza";

    private static ChamberIris chamber;
    private static String oldGraph;
    private static String newGraph;
    private static EditionDiffQueries queries;

    @BeforeAll
    static void importBothEditions() throws Exception {
        Imported old = importEdition(ChangedFoggiaDocument.original(), "2024-06-30");
        Imported changed = importEdition(ChangedFoggiaDocument.changed(), "2025-06-30");
        Dataset both = DatasetFactory.createGeneral();
        for (Imported imported : new Imported[] {old, changed}) {
            imported.dataset().listNames().forEachRemaining(name -> both.getNamedModel(name)
                    .add(imported.dataset().getNamedModel(name)));
        }
        assertThat(both.getDefaultModel().isEmpty()).isTrue();
        chamber = old.chamber();
        oldGraph = old.editionGraph();
        newGraph = changed.editionGraph();
        queries = EditionDiffQueries.over(both, NamedQueries.load());
    }

    private static Imported importEdition(byte[] document, String date) throws Exception {
        return new AllegatoImporter(ImportOptions.defaults().withEditionDate(Optional.of(LocalDate.parse(date))))
                .importDocument(document, "allegato-c-" + date + ".txt");
    }

    @Test
    void findsBothEditionGraphsOfTheDataset() {
        assertThat(queries.editionGraphs()).containsOnlyKeys(oldGraph, newGraph);
    }

    @Test
    void anEditionComparedWithItselfHasNoDifferences() {
        assertThat(queries.diff(oldGraph, oldGraph).isEmpty()).isTrue();
        assertThat(queries.diff(newGraph, newGraph).isEmpty()).isTrue();
    }

    /** Ufficio 2.3 went to Servizio III as Ufficio 3.5: one unit moved (and recoded), not one removed and one added. */
    @Test
    void anOfficeMovedToAnotherServizioWithItsNumberingIsReportedAsMovedNotAsRemovedAndAdded() {
        EditionDiff diff = queries.diff(oldGraph, newGraph);
        assertThat(diff.unitsMoved()).containsExactly(new UnitMove(chamber.unit("ufficio-2-3"), chamber.unit("ufficio-3-5"),
                "2.3", "3.5", ChangedFoggiaDocument.OFFICE_2_3_NAME, chamber.unit("servizio-ii"),
                chamber.unit("servizio-iii"), "II", "III"));
        assertThat(diff.unitsMoved().getFirst().recoded()).isTrue();
        assertThat(diff.unitsAdded()).isEmpty();
        assertThat(diff.unitsRemoved()).isEmpty();
    }

    @Test
    void reportsTheRenamedOffice() {
        assertThat(queries.diff(oldGraph, newGraph).unitsRenamed()).containsExactly(new UnitRenaming(
                chamber.unit("ufficio-1-1"), "1.1", ChangedFoggiaDocument.OFFICE_1_1_OLD_NAME,
                ChangedFoggiaDocument.OFFICE_1_1_NEW_NAME));
    }

    @Test
    void anActivityMovedBetweenOfficesIsWithdrawnFromOneAndAssignedToTheOther() {
        EditionDiff diff = queries.diff(oldGraph, newGraph);
        assertThat(diff.activitiesAssigned()).extracting(ConceptEntry::unitCode, ConceptEntry::notation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2.2", "B3.2.1.6"));
        assertThat(diff.activitiesWithdrawn()).extracting(ConceptEntry::unitCode, ConceptEntry::notation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2.1", "B3.2.1.6"),
                        org.assertj.core.groups.Tuple.tuple("3.2", "A1.2.1.4"));
        assertThat(diff.activitiesWithdrawn().getFirst().unit()).isEqualTo(chamber.unit("ufficio-2-1"));
        assertThat(diff.activitiesWithdrawn().getFirst().unitName())
                .isEqualTo("GESTIONE RISORSE ECONOMICHE E FINANZIARIE");
    }

    @Test
    void reportsTheActivityWhoseMarkerChangedItsQualifier() {
        assertThat(queries.diff(oldGraph, newGraph).activitiesRequalified()).singleElement().satisfies(change -> {
            assertThat(change.unit()).isEqualTo(chamber.unit("ufficio-2-2"));
            assertThat(change.notation()).isEqualTo("B3.1.1.4");
            assertThat(change.oldQualifier()).endsWith(FRONT_OFFICE);
            assertThat(change.newQualifier()).endsWith(PER_QUANTO_DI_COMPETENZA);
            assertThat(change.oldMarker()).isEqualTo("**");
            assertThat(change.newMarker()).isEqualTo("*");
            assertThat(change.oldQualifierLabel()).isEqualTo("Front office negli Sportelli Polifunzionali");
            assertThat(change.newQualifierLabel()).isNotBlank().isNotEqualTo(change.oldQualifierLabel());
        });
    }

    @Test
    void reportsNothingElse() {
        EditionDiff diff = queries.diff(oldGraph, newGraph);
        assertThat(diff.processesDeclared()).isEmpty();
        assertThat(diff.processesDropped()).isEmpty();
        assertThat(diff.labelsChanged()).isEmpty();
    }

    @Test
    void theReverseDiffSwapsAdditionsAndRemovals() {
        EditionDiff reverse = queries.diff(newGraph, oldGraph);
        assertThat(reverse.unitsMoved()).extracting(UnitMove::oldCode, UnitMove::newCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3.5", "2.3"));
        assertThat(reverse.activitiesAssigned()).extracting(ConceptEntry::notation)
                .containsExactlyInAnyOrder("B3.2.1.6", "A1.2.1.4");
        assertThat(reverse.activitiesWithdrawn()).extracting(ConceptEntry::notation).containsExactly("B3.2.1.6");
        assertThat(reverse.activitiesRequalified()).extracting(Requalification::newMarker).containsExactly("**");
    }
}
