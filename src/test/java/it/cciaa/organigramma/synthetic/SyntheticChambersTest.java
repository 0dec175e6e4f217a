package it.cciaa.organigramma.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the generator promises without importing anything: determinism, names, dates and the synthetic mark. */
class SyntheticChambersTest {
    private static final LocalDate FOGGIA_EDITION = LocalDate.of(2025, 1, 1);
    private static final Set<String> FOGGIA_OFFICES = Set.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "3.1",
            "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3");

    @Test
    void theSameSeedGivesTheSameDocumentsAndChangesAndAnotherSeedOthers() {
        List<SyntheticChamber> first = SyntheticChambers.generate(6, 42L);
        List<SyntheticChamber> again = SyntheticChambers.generate(6, 42L);
        List<SyntheticChamber> other = SyntheticChambers.generate(6, 43L);
        assertThat(again).isEqualTo(first);
        assertThat(texts(other)).isNotEqualTo(texts(first));
        assertThat(other.stream().map(SyntheticChamber::name)).isEqualTo(first.stream().map(SyntheticChamber::name).toList());
    }

    @Test
    void aChamberDoesNotDependOnHowManyChambersAreAskedFor() {
        assertThat(SyntheticChambers.generate(3, 7L).get(2)).isEqualTo(SyntheticChambers.generate(9, 7L).get(2));
        assertThat(new SyntheticChambers(7L, 5).chamber(2)).isEqualTo(SyntheticChambers.generate(3, 7L).get(2));
    }

    @Test
    void chambersTakeRealNamesNeverFoggiaThenNumberedOnesAllWithDistinctSlugs() {
        List<SyntheticChamber> chambers = SyntheticChambers.generate(ChamberNames.real().size() + 5, 1L, 1);
        assertThat(ChamberNames.real()).hasSizeGreaterThanOrEqualTo(60).doesNotHaveDuplicates()
                .allMatch(name -> name.startsWith("CCIAA "))
                .contains("CCIAA di BARI", "CCIAA di MILANO MONZA BRIANZA LODI", "CCIAA di TORINO", "CCIAA di ROMA",
                        "CCIAA di NAPOLI", "CCIAA della MAREMMA E DEL TIRRENO")
                .doesNotContain("CCIAA di FOGGIA");
        assertThat(chambers.getFirst().name()).isEqualTo("CCIAA di BARI");
        assertThat(chambers.getFirst().slug()).isEqualTo("cciaa-di-bari");
        assertThat(chambers.subList(0, ChamberNames.real().size()).stream().map(SyntheticChamber::name))
                .containsExactlyElementsOf(ChamberNames.real());
        assertThat(chambers.get(ChamberNames.real().size()).name()).isEqualTo("CCIAA di BARI 2");
        assertThat(chambers.get(ChamberNames.real().size()).slug()).isEqualTo("cciaa-di-bari-2");
        Set<String> slugs = new HashSet<>();
        chambers.forEach(chamber -> assertThat(slugs.add(chamber.slug())).as(chamber.slug()).isTrue());
        assertThat(slugs).doesNotContain("cciaa-di-foggia");
    }

    @Test
    void theSecondChamberStartsOnFoggiasDateAndEditionsFollowEverySixToEighteenMonths() {
        for (long seed = 1; seed <= 5; seed++) {
            List<SyntheticChamber> chambers = SyntheticChambers.generate(12, seed);
            assertThat(chambers.get(1).editions().getFirst().date()).isEqualTo(FOGGIA_EDITION);
            for (SyntheticChamber chamber : chambers) {
                assertThat(chamber.editions()).hasSizeBetween(1, 5);
                for (int i = 1; i < chamber.editions().size(); i++) {
                    long months = ChronoUnit.MONTHS.between(chamber.editions().get(i - 1).date(),
                            chamber.editions().get(i).date());
                    assertThat(months).isBetween(6L, 18L);
                    assertThat(chamber.editions().get(i).number()).isEqualTo(i + 1);
                }
            }
        }
    }

    @Test
    void everyDocumentNamesItsChamberAndSaysUnderTheTitleThatItIsSynthetic() {
        for (SyntheticChamber chamber : SyntheticChambers.generate(4, 42L)) {
            for (SyntheticEdition edition : chamber.editions()) {
                List<String> lines = edition.text().lines().toList();
                int named = lines.indexOf(chamber.name());
                assertThat(lines.subList(0, named)).filteredOn(line -> !line.isBlank()).containsExactly("ALLEGATO C");
                assertThat(lines.get(named + 2)).isEqualTo("DOCUMENTO SINTETICO generato da Organigramma KG (seme 42, camera "
                        + chamber.index() + ", edizione " + edition.number() + ") – non è l'organigramma reale dell'ente");
                assertThat(edition.text()).doesNotContain("FOGGIA");
                assertThat(edition.changes()).isNotEmpty();
            }
        }
    }

    @Test
    void successorsFollowEachChangeAndNoCodeComesBack() {
        for (SyntheticChamber chamber : SyntheticChambers.generate(8, 3L)) {
            Set<String> previous = FOGGIA_OFFICES;
            Set<String> used = new HashSet<>(FOGGIA_OFFICES);
            for (SyntheticEdition edition : chamber.editions()) {
                assertThat(edition.successors().keySet()).isSubsetOf(previous);
                assertThat(edition.successors().values()).allMatch(edition.offices()::containsKey);
                for (Change change : edition.changes()) {
                    switch (change.kind()) {
                        case UNIT_MOVED, UNIT_RENUMBERED, UNIT_MERGED -> assertThat(
                                edition.successorOf(change.fromUnits().getLast())).contains(change.toUnits().getFirst());
                        case UNIT_REMOVED -> assertThat(edition.successorOf(change.fromUnits().getFirst())).isEmpty();
                        default -> { }
                    }
                }
                Set<String> current = edition.offices().keySet();
                Set<String> before = previous;
                current.stream().filter(code -> !before.contains(code))
                        .forEach(code -> assertThat(used).as("code %s used before", code).doesNotContain(code));
                used.addAll(current);
                previous = current;
            }
        }
    }

    @Test
    void refusesNoChambersAndEditionsOutOfRange() {
        assertThatThrownBy(() -> SyntheticChambers.generate(0, 1L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyntheticChambers(1L, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyntheticChambers(1L, SyntheticChambers.MOST_EDITIONS + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> texts(List<SyntheticChamber> chambers) {
        return chambers.stream().flatMap(c -> c.editions().stream()).map(SyntheticEdition::text).toList();
    }
}
