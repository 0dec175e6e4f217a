package it.cciaa.organigramma.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.ingest.AllegatoDocument.Competence;
import it.cciaa.organigramma.ingest.AllegatoDocument.Unit;
import it.cciaa.organigramma.project.ProjectResources;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a careful reader finds in the Allegato C of CCIAA di Foggia, pinned. */
class FoggiaDocumentTest {
    private static List<String> lines;
    private static AllegatoDocument document;

    @BeforeAll
    static void readTheDocument() throws AllegatoFormatException {
        lines = DocumentText.decode(ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT)).lines();
        document = new AllegatoParser().parse(lines);
    }

    private static Unit unit(String slug) {
        return document.units().stream().filter(u -> u.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static Competence competence(String unit, String activity) {
        return document.competences().stream()
                .filter(c -> c.unitSlug().equals(unit) && c.code().canonical().equals(activity))
                .findFirst().orElseThrow(() -> new AssertionError(unit + " has no " + activity));
    }

    private static Set<String> declared(String unit) {
        return document.declarations().stream().filter(d -> d.unitSlug().equals(unit))
                .map(d -> d.code().canonical()).collect(Collectors.toSet());
    }

    @Test
    void findsTheEnteTwoAreasFiveServiziEighteenUfficiAndTheStaffOffice() {
        Map<UnitKind, Long> byKind = document.units().stream()
                .collect(Collectors.groupingBy(Unit::kind, TreeMap::new, Collectors.counting()));
        assertThat(byKind).containsExactly(Map.entry(UnitKind.ENTE, 1L), Map.entry(UnitKind.AREA, 2L),
                Map.entry(UnitKind.SERVIZIO, 5L), Map.entry(UnitKind.UFFICIO, 18L), Map.entry(UnitKind.STAFF, 1L));
        assertThat(document.enteName()).isEqualTo("CCIAA di FOGGIA");
    }

    @Test
    void givesEveryUnitItsParent() {
        assertThat(unit("staff-performance-e-controllo-di-gestione").parentSlug()).contains("ente");
        assertThat(unit("area-sg").parentSlug()).contains("ente");
        assertThat(unit("servizio-iii").parentSlug()).contains("area-sg");
        assertThat(unit("servizio-iv").parentSlug()).contains("area-i");
        assertThat(unit("ufficio-2-3").parentSlug()).contains("servizio-ii");
        assertThat(unit("ufficio-5-3").parentSlug()).contains("servizio-v");
        assertThat(unit("ente").parentSlug()).isEmpty();
        for (Unit unit : document.units()) {
            if (unit.kind() == UnitKind.UFFICIO) {
                String servizioNumber = unit.code().orElseThrow().substring(0, unit.code().orElseThrow().indexOf('.'));
                assertThat(unit(unit.parentSlug().orElseThrow()).code()).contains(roman(servizioNumber));
            }
        }
    }

    private static String roman(String number) {
        return List.of("I", "II", "III", "IV", "V").get(Integer.parseInt(number) - 1);
    }

    @Test
    void keepsCodesAsPrintedNamesFromTheBlockHeadingAndMissions() {
        assertThat(unit("servizio-ii").code()).contains("II");
        assertThat(unit("area-sg").code()).contains("SG");
        assertThat(unit("ufficio-4-2").name()).isEqualTo("PROCEDURE ABILITATIVE E SANZIONI");
        assertThat(unit("ufficio-5-3").name()).isEqualTo("INFORMAZIONE ECONOMICA, PREZZI, BORSA MERCI E AMBIENTE");
        assertThat(unit("ufficio-5-3").nameVariants()).containsExactly("INFORMAZIONE ECONOMICA,PREZZI, BORSA MERCI E AMBIENTE");
        assertThat(unit("staff-performance-e-controllo-di-gestione").description().orElseThrow())
                .startsWith("Si occupa del Ciclo della Performance").contains("Gruppo di lavoro dedicato");
        assertThat(unit("servizio-iii").description().orElseThrow()).contains("Regolamento UE 2016/679");
        assertThat(unit("ufficio-1-1").description()).isEmpty();
    }

    @Test
    void countsTheActivitiesOfEveryOffice() {
        Map<String, Long> perUnit = document.competences().stream()
                .collect(Collectors.groupingBy(Competence::unitSlug, TreeMap::new, Collectors.counting()));
        assertThat(perUnit).isEqualTo(new TreeMap<>(Map.ofEntries(
                Map.entry("staff-performance-e-controllo-di-gestione", 19L),
                Map.entry("ufficio-1-1", 7L), Map.entry("ufficio-1-2", 12L), Map.entry("ufficio-1-3", 23L),
                Map.entry("ufficio-1-4", 78L), Map.entry("ufficio-2-1", 39L), Map.entry("ufficio-2-2", 7L),
                Map.entry("ufficio-2-3", 23L), Map.entry("ufficio-3-1", 8L), Map.entry("ufficio-3-2", 5L),
                Map.entry("ufficio-3-3", 5L), Map.entry("ufficio-3-4", 4L), Map.entry("ufficio-4-1", 12L),
                Map.entry("ufficio-4-2", 3L), Map.entry("ufficio-4-3", 2L), Map.entry("ufficio-4-4", 5L),
                Map.entry("ufficio-5-1", 12L), Map.entry("ufficio-5-2", 12L), Map.entry("ufficio-5-3", 19L))));
        assertThat(document.competences()).hasSize(295);
        assertThat(document.competences().stream().map(c -> c.code().canonical()).distinct()).hasSize(246);
    }

    @Test
    void sharesAnActivityBetweenTheOfficesThatListIt() {
        assertThat(document.competences().stream().filter(c -> c.code().canonical().equals("C1.1.1.1"))
                .map(Competence::unitSlug)).containsExactlyInAnyOrder("ufficio-4-1", "ufficio-4-3", "ufficio-4-4");
        assertThat(document.competences().stream().filter(c -> c.code().canonical().equals("A1.1.3.4"))
                .map(Competence::unitSlug)).containsExactlyInAnyOrder(
                        "staff-performance-e-controllo-di-gestione", "ufficio-2-1", "ufficio-5-3");
    }

    @Test
    void resolvesEachMarkerWithTheFootnotesOfItsOwnSection() {
        // Performance: "*" per quanto di competenza, "**" con il supporto di altre U.O.
        assertThat(competence("staff-performance-e-controllo-di-gestione", "A1.1.1.1").qualifier())
                .contains(Qualifier.CON_SUPPORTO_ALTRE_UO);
        assertThat(competence("staff-performance-e-controllo-di-gestione", "A1.1.2.2").qualifier())
                .contains(Qualifier.PER_QUANTO_DI_COMPETENZA);
        assertThat(competence("staff-performance-e-controllo-di-gestione", "A1.1.1.5").qualifier()).isEmpty();
        // 2.2: "** …competenza*" is "*" in italics; "***…front office*" is "**"
        assertThat(competence("ufficio-2-2", "B3.1.1.4").markerAsWritten()).contains("**");
        assertThat(competence("ufficio-2-2", "B3.1.1.4").qualifier()).contains(Qualifier.FRONT_OFFICE);
        assertThat(competence("ufficio-2-2", "A2.1.3.5").qualifier()).contains(Qualifier.PER_QUANTO_DI_COMPETENZA);
        // 4.1: "***" is front office there
        for (String activity : List.of("A2.2.2.1", "C1.1.1.2", "C1.1.4.1", "C1.1.4.2", "C1.1.6.2", "D1.2.1.1")) {
            assertThat(competence("ufficio-4-1", activity).qualifier()).as(activity).contains(Qualifier.FRONT_OFFICE);
        }
        // 1.4: the only legend line is "** … competenza*", i.e. "*"
        assertThat(competence("ufficio-1-4", "D1.1.0.1").qualifier()).contains(Qualifier.PER_QUANTO_DI_COMPETENZA);
        // the same activity, different qualifiers in different units
        assertThat(competence("ufficio-2-1", "A1.1.1.4").qualifier()).contains(Qualifier.PER_QUANTO_DI_COMPETENZA);
        assertThat(competence("staff-performance-e-controllo-di-gestione", "A1.1.1.4").qualifier())
                .contains(Qualifier.CON_SUPPORTO_ALTRE_UO);
        assertThat(competence("ufficio-2-3", "D2.2.1.1").markerAsWritten()).isEmpty();
    }

    @Test
    void leavesAMarkerWithoutFootnoteUnqualifiedButKeepsIt() {
        Competence arbitrato = competence("ufficio-3-3", "C2.7.1.1");
        assertThat(arbitrato.markerAsWritten()).contains("*");
        assertThat(arbitrato.qualifier()).isEmpty();
        assertThat(document.footnotes().stream().filter(f -> f.unitSlug().equals("ufficio-3-3"))).isEmpty();
    }

    @Test
    void keepsTheExtraTextOfAFootnoteAsAnEditorialNote() {
        assertThat(competence("ufficio-2-1", "A1.1.1.2").editorialNote().orElseThrow()).contains("PIRA");
        assertThat(competence("ufficio-2-1", "A1.1.1.4").editorialNote()).isEmpty();
    }

    @Test
    void canonicalisesMalformedCodesAndRecordsThem() {
        assertThat(declared("staff-performance-e-controllo-di-gestione")).contains("A1.1", "A1.3");
        assertThat(declared("servizio-iii")).contains("C2.7");
        assertThat(document.competences().stream().noneMatch(c -> c.code().canonical().contains(":"))).isTrue();
        assertThat(anomalies(AnomalyKind.MALFORMED_CODE)).containsExactlyInAnyOrder(
                "18:A1.1.", "19:A.1.3", "473:C27", "535:C2.7.5:");
    }

    @Test
    void attributesCellsInTheWrongColumnToTheirUnit() {
        assertThat(declared("servizio-i")).contains("E1.5");
        assertThat(declared("ufficio-1-4")).contains("D6.3");
        assertThat(declared("ufficio-2-1")).contains("E1.2", "E1.3");
        assertThat(declared("servizio-ii")).contains("B2");
        assertThat(anomalies(AnomalyKind.CELL_IN_WRONG_COLUMN)).containsExactlyInAnyOrder(
                "81:E1.5", "193:D6.3", "301:B2", "338:E1.2", "339:E1.3");
    }

    @Test
    void joinsWrappedCellsAndRowsThatLostTheirSeparator() {
        assertThat(competence("ufficio-1-4", "D5.1.2.3").labelAsWritten()).endsWith("percorsi di CSR, ecc.)");
        assertThat(competence("ufficio-5-1", "C2.6.3.1").labelAsWritten())
                .isEqualTo("Rilascio visure e certificazioni relative alla sussistenza di protesti");
        assertThat(anomalies(AnomalyKind.WRAPPED_CELL)).containsExactlyInAnyOrder("255:ecc.)", "674:PRODOTTI");
        assertThat(anomalies(AnomalyKind.MISSING_SEPARATOR)).hasSize(1);
        assertThat(document.mentions().stream().filter(m -> m.code().canonical().equals("D6") && m.line() == 672)
                .map(AllegatoDocument.Mention::labelAsWritten))
                .containsExactly("SVILUPPO E QUALIFICAZIONE AMBIENTALE E DEI PRODOTTI");
    }

    @Test
    void readsTheQualifierInAHeaderLabel() {
        assertThat(document.declarations().stream()
                .filter(d -> d.unitSlug().equals("servizio-i") && d.code().canonical().equals("F1"))
                .map(AllegatoDocument.Declaration::qualifier))
                .containsExactly(Optional.of(Qualifier.PER_QUANTO_DI_COMPETENZA));
    }

    @Test
    void recordsMisalignedFunctionsWithoutUsingThemForTheTheme() {
        assertThat(anomalies(AnomalyKind.FUNCTION_MISALIGNED)).contains("299:PROCESSI DI SUPPORTO",
                "302:TRASPARENZA, SEMPLIFICAZIONE E TUTELA");
        assertThat(declared("servizio-ii")).contains("A2", "B3");
    }

    @Test
    void findsEveryLegalReference() {
        Map<String, Long> cited = document.citations().stream()
                .collect(Collectors.groupingBy(c -> c.law().shortForm(), TreeMap::new, Collectors.counting()));
        assertThat(cited).containsEntry("DPR 254/2005", 24L)
                .containsEntry("L. 689/1981", 1L)
                .containsEntry("art. 21 L. 183/2010", 1L)
                .containsEntry("D.Lgs. 81/2008", 1L)
                .containsEntry("D.Lgs. 196/2003", 1L)
                .containsEntry("Reg. (UE) 2016/679", 1L)
                .containsEntry("DL 118/2021", 1L)
                .containsEntry("art. 44", 2L)
                .containsEntry("art. 42", 2L);
    }

    @Test
    void dropsNoLineSilently() {
        Set<Integer> recorded = document.records().stream().map(AllegatoDocument.SourceLine::number)
                .collect(Collectors.toSet());
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                assertThat(recorded).as("line %d: %s", i + 1, lines.get(i)).contains(i + 1);
            }
        }
        assertThat(anomalies(AnomalyKind.UNRECOGNISED_LINE)).isEmpty();
    }

    private static List<String> anomalies(AnomalyKind kind) {
        return document.anomalies().stream().filter(a -> a.kind() == kind)
                .map(a -> a.line() + ":" + a.valueAsWritten()).toList();
    }
}
