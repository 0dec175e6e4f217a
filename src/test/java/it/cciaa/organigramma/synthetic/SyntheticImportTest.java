package it.cciaa.organigramma.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.edition.EditionDiff;
import it.cciaa.organigramma.edition.EditionDiff.UnitEntry;
import it.cciaa.organigramma.edition.EditionDiff.UnitRenaming;
import it.cciaa.organigramma.edition.EditionDiffQueries;
import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.ingest.AllegatoImporter.Imported;
import it.cciaa.organigramma.ingest.Qualifier;
import it.cciaa.organigramma.project.ProjectResources;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.validation.OrganigramValidator;
import it.cciaa.organigramma.validation.OrganigramValidator.Validation;
import it.cciaa.organigramma.validation.ResultView;
import it.cciaa.organigramma.validation.ResultView.Severity;
import it.cciaa.organigramma.validation.ShapesLibrary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every edition of 5 synthetic chambers (up to 5 editions each) imported with the project's importer and validated:
 * no Violation, and every change the generator claims is what the edition's graph shows, compared with the graph of
 * the chamber's previous edition (of the Foggia document, for edition 1).
 */
class SyntheticImportTest {
    /** A seed whose 5 chambers make every kind of change, in 13 editions. */
    private static final long SEED = 1L;

    private record Checked(SyntheticChamber chamber, SyntheticEdition edition, Imported imported, Validation validation,
            EditionGraph previous, EditionGraph graph, Optional<Imported> previousEdition) {}

    private static final List<Checked> checked = new ArrayList<>();

    @BeforeAll
    static void importAndValidateEveryEdition() throws Exception {
        OrganigramValidator validator = new OrganigramValidator(ShapesLibrary.load());
        EditionGraph foggia = EditionGraph.of(importer(LocalDate.of(2025, 1, 1))
                .importDocument(ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT), "foggia.txt"));
        for (SyntheticChamber chamber : SyntheticChambers.generate(5, SEED)) {
            EditionGraph previous = foggia;
            Optional<Imported> previousEdition = Optional.empty();
            for (SyntheticEdition edition : chamber.editions()) {
                Imported imported = importer(edition.date()).importDocument(edition.bytes(), edition.fileName());
                EditionGraph graph = EditionGraph.of(imported);
                checked.add(new Checked(chamber, edition, imported, validator.validate(imported.dataset()), previous,
                        graph, previousEdition));
                previous = graph;
                previousEdition = Optional.of(imported);
            }
        }
    }

    private static AllegatoImporter importer(LocalDate date) {
        return new AllegatoImporter(ImportOptions.defaults().withEditionDate(Optional.of(date)));
    }

    @Test
    void everyEditionImportsUnderItsChambersSlugAndValidatesWithoutViolations() {
        assertThat(checked).hasSizeGreaterThanOrEqualTo(5);
        for (Checked c : checked) {
            List<String> violations = c.validation().results().stream()
                    .filter(r -> r.severity() == Severity.VIOLATION).map(ResultView::messageEn).toList();
            assertThat(violations).as("%s %s", c.chamber().slug(), c.edition().date()).isEmpty();
            assertThat(c.imported().chamber().slug()).isEqualTo(c.chamber().slug());
            assertThat(c.imported().document().enteName()).isEqualTo(c.chamber().name());
            assertThat(c.graph().rawTexts()).anyMatch(text -> text.startsWith("DOCUMENTO SINTETICO generato da Organigramma KG"));
            assertThat(c.validation().results()).filteredOn(r -> r.messageIt().contains("DOCUMENTO SINTETICO"))
                    .singleElement().extracting(ResultView::severity).isEqualTo(Severity.WARNING);
        }
    }

    @Test
    void theseChambersMakeEveryKindOfChange() {
        Set<ChangeKind> made = EnumSet.noneOf(ChangeKind.class);
        checked.forEach(c -> c.edition().changes().forEach(change -> made.add(change.kind())));
        assertThat(made).containsExactlyInAnyOrder(ChangeKind.values());
    }

    @Test
    void theGraphHasTheOfficesTheEditionListsAndEachOfficeCarriesOnInItsSuccessor() {
        for (Checked c : checked) {
            assertThat(c.graph().offices()).as("%s %s", c.chamber().slug(), c.edition().date())
                    .isEqualTo(Map.copyOf(c.edition().offices()));
            for (String previous : c.previous().offices().keySet()) {
                Optional<String> successor = c.edition().successorOf(previous);
                if (successor.isPresent()) {
                    assertThat(c.graph().hasOffice(successor.get())).isTrue();
                } else {
                    assertThat(c.graph().hasOffice(previous)).as("removed %s", previous).isFalse();
                }
            }
        }
    }

    @Test
    void everyChangeClaimedIsVisibleInTheGraphs() {
        for (Checked c : checked) {
            for (Change change : c.edition().changes()) {
                String where = c.chamber().slug() + " " + c.edition().date() + " " + change.summary();
                checkUnitChange(change, c.previous(), c.graph(), where);
                checkActivityChange(change, c.previous(), c.graph(), where);
            }
        }
    }

    /** The project's own diff of two consecutive editions finds the offices renamed, moved, removed and added. */
    @Test
    void theProjectsEditionDiffFindsTheOfficeChangesTheGeneratorMade() {
        int compared = 0;
        for (Checked c : checked) {
            if (c.previousEdition().isEmpty()) {
                continue;
            }
            Dataset both = DatasetFactory.createGeneral();
            for (Imported imported : List.of(c.previousEdition().get(), c.imported())) {
                imported.dataset().listNames().forEachRemaining(name -> both.getNamedModel(name)
                        .add(imported.dataset().getNamedModel(name)));
            }
            EditionDiff diff = EditionDiffQueries.over(both, NamedQueries.load())
                    .diff(c.previousEdition().get().editionGraph(), c.imported().editionGraph());
            String where = c.chamber().slug() + " " + c.edition().date();
            assertThat(offices(diff.unitsRenamed().stream().map(UnitRenaming::code))).as(where)
                    .isEqualTo(claimed(c.edition(), Set.of(ChangeKind.UNIT_RENAMED, ChangeKind.UNIT_MERGED),
                            change -> change.toUnits().getFirst()));
            assertThat(diff.unitsMoved().stream().map(m -> m.oldCode() + " → " + m.newCode()).toList()).as(where)
                    .containsExactlyInAnyOrderElementsOf(c.edition().changes().stream()
                            .filter(ch -> ch.kind() == ChangeKind.UNIT_MOVED || ch.kind() == ChangeKind.UNIT_RENUMBERED)
                            .map(ch -> ch.fromUnits().getFirst() + " → " + ch.toUnits().getFirst()).toList());
            assertThat(offices(diff.unitsRemoved().stream().map(UnitEntry::code))).as(where).isEqualTo(
                    claimed(c.edition(), Set.of(ChangeKind.UNIT_REMOVED, ChangeKind.UNIT_MERGED),
                            change -> change.fromUnits().getLast()));
            assertThat(offices(diff.unitsAdded().stream().map(UnitEntry::code))).as(where)
                    .isEqualTo(claimed(c.edition(), Set.of(ChangeKind.UNIT_SPLIT), change -> change.toUnits().getLast()));
            compared++;
        }
        assertThat(compared).isPositive();
    }

    private static Set<String> offices(Stream<String> codes) {
        return codes.filter(code -> code.contains(".")).collect(Collectors.toSet());
    }

    /** The office code that each change of {@code kinds} names in the place {@code code} reads. */
    private static Set<String> claimed(SyntheticEdition edition, Set<ChangeKind> kinds, Function<Change, String> code) {
        return edition.changes().stream().filter(change -> kinds.contains(change.kind())).map(code)
                .collect(Collectors.toSet());
    }

    private static void checkUnitChange(Change change, EditionGraph before, EditionGraph after, String where) {
        List<String> from = change.fromUnits();
        List<String> to = change.toUnits();
        switch (change.kind()) {
            case UNIT_RENAMED -> {
                assertThat(after.offices().get(to.getFirst())).as(where).isEqualTo(change.name().orElseThrow());
                assertThat(before.offices().get(from.getFirst())).as(where).isNotEqualTo(change.name().orElseThrow());
            }
            case UNIT_MOVED, UNIT_RENUMBERED -> {
                assertThat(after.hasOffice(from.getFirst())).as(where).isFalse();
                assertThat(after.offices().get(to.getFirst())).as(where).isEqualTo(before.offices().get(from.getFirst()));
                assertThat(after.activities(to.getFirst())).as(where).isEqualTo(before.activities(from.getFirst()));
                String parent = after.parentCode(to.getFirst());
                assertThat(parent).as(where).isEqualTo(Codes.numeral(Codes.servizioOf(to.getFirst())));
                boolean sameParent = parent.equals(before.parentCode(from.getFirst()));
                assertThat(sameParent).as(where).isEqualTo(change.kind() == ChangeKind.UNIT_RENUMBERED);
            }
            case UNIT_MERGED -> {
                assertThat(after.hasOffice(from.getLast())).as(where).isFalse();
                assertThat(after.offices().get(to.getFirst())).as(where).isEqualTo(change.name().orElseThrow());
                Set<String> joined = new HashSet<>(before.activities(from.getFirst()).keySet());
                joined.addAll(before.activities(from.getLast()).keySet());
                assertThat(after.activities(to.getFirst()).keySet()).as(where).isEqualTo(joined);
            }
            case UNIT_SPLIT -> {
                assertThat(before.hasOffice(to.getLast())).as(where).isFalse();
                assertThat(after.offices().get(to.getLast())).as(where).isEqualTo(change.name().orElseThrow());
                Set<String> kept = after.activities(to.getFirst()).keySet();
                Set<String> given = after.activities(to.getLast()).keySet();
                assertThat(kept).as(where).isNotEmpty().doesNotContainAnyElementsOf(given);
                Set<String> divided = new HashSet<>(kept);
                divided.addAll(given);
                assertThat(divided).as(where).isEqualTo(before.activities(from.getFirst()).keySet());
            }
            case UNIT_REMOVED -> {
                assertThat(before.hasOffice(from.getFirst())).as(where).isTrue();
                assertThat(after.hasOffice(from.getFirst())).as(where).isFalse();
            }
            default -> { }
        }
    }

    private static void checkActivityChange(Change change, EditionGraph before, EditionGraph after, String where) {
        if (change.activity().isEmpty()) {
            return;
        }
        String activity = change.activity().get();
        String office = change.fromUnits().getFirst();
        assertThat(before.activities(office)).as(where).containsKey(activity);
        switch (change.kind()) {
            case ACTIVITY_MOVED -> {
                assertThat(after.activities(office)).as(where).doesNotContainKey(activity);
                assertThat(before.activities(change.toUnits().getFirst())).as(where).doesNotContainKey(activity);
                assertThat(after.activities(change.toUnits().getFirst())).as(where).containsKey(activity);
            }
            case ACTIVITY_REQUALIFIED -> {
                Optional<Qualifier> qualifierBefore = change.qualifierBefore();
                assertThat(before.activities(office).get(activity)).as(where).isEqualTo(qualifierBefore);
                assertThat(after.activities(office).get(activity)).as(where).isEqualTo(change.qualifierAfter())
                        .isNotEqualTo(qualifierBefore);
            }
            case ACTIVITY_DROPPED -> assertThat(after.activities(office)).as(where).doesNotContainKey(activity);
            default -> { }
        }
    }
}
