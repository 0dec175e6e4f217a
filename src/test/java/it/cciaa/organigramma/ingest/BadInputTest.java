package it.cciaa.organigramma.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cciaa.organigramma.project.ProjectResources;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Input that is not an Allegato C of the expected form is refused with the line where it shows. */
class BadInputTest {
    private static final List<String> FOGGIA = new String(ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT),
            StandardCharsets.UTF_8).lines().toList();

    private static AllegatoImporter.Imported importText(String text) throws AllegatoFormatException {
        return importBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static AllegatoImporter.Imported importBytes(byte[] bytes) throws AllegatoFormatException {
        return new AllegatoImporter(AllegatoImporter.ImportOptions.defaults()).importDocument(bytes, "test.txt");
    }

    /** The Foggia document's first {@code count} lines. */
    private static String firstLines(int count) {
        return String.join("\n", FOGGIA.subList(0, count)) + "\n";
    }

    private static void refused(ThrowingCallable call, int line, String words) {
        assertThatThrownBy(call)
                .isInstanceOf(AllegatoFormatException.class)
                .hasMessageStartingWith("line " + line + ": ")
                .hasMessageContaining(words)
                .extracting(e -> ((AllegatoFormatException) e).line()).isEqualTo(line);
    }

    @Test
    void refusesAnEmptyDocument() {
        refused(() -> importText(""), 1, "empty");
        refused(() -> importText("  \n\n\t\n"), 1, "empty");
    }

    @Test
    void refusesBinaryContentNamingTheLine() {
        byte[] bytes = "ALLEGATO C\nCCIAA di X\n\0\1\2".getBytes(StandardCharsets.UTF_8);
        refused(() -> importBytes(bytes), 3, "binary");
    }

    @Test
    void refusesTextThatIsNotUtf8NamingTheLine() {
        byte[] latin1 = "ALLEGATO C\nCCIAA di X\nCompetitività\n".getBytes(StandardCharsets.ISO_8859_1);
        refused(() -> importBytes(latin1), 3, "not UTF-8");
    }

    @Test
    void refusesAnotherDocument() {
        refused(() -> importText("# Release notes\n\nVersion 2 fixes things.\n"), 1, "not an Allegato C");
        refused(() -> importText("ALLEGATO C\n\nVerbale della riunione del 3 marzo\n"), 3, "chamber's name");
    }

    @Test
    void saysWhatIsWrongInItalianTooForTheService() {
        assertThatThrownBy(() -> importText("# Release notes\n\nVersion 2 fixes things.\n"))
                .isInstanceOfSatisfying(AllegatoFormatException.class, e -> assertThat(e.italianMessage())
                        .isEqualTo("riga 1: non è un organigramma Allegato C: atteso il titolo \"ALLEGATO C\", trovato "
                                + "\"# Release notes\""));
        assertThatThrownBy(() -> importText(""))
                .isInstanceOfSatisfying(AllegatoFormatException.class, e -> assertThat(e.italianMessage())
                        .isEqualTo("riga 1: il documento è vuoto"));
    }

    @Test
    void refusesATitleWithNoTables() {
        refused(() -> importText("ALLEGATO C\nCCIAA di BARI\nOrganigramma con articolazione degli uffici\n"), 3,
                "no FUNZIONE ISTITUZIONALE");
    }

    @Test
    void refusesADocumentCutInsideAFunctionTable() {
        refused(() -> importText(firstLines(190)), 190, "inside a FUNZIONE ISTITUZIONALE table");
    }

    @Test
    void refusesADocumentCutInTheMiddleOfAnActivity() {
        // line 253 ends "(certificazioni socio-ambientali, percorsi di CSR," and its cell goes on at line 255
        refused(() -> importText(firstLines(253)), 253, "in the middle of activity D5.1.2.3");
    }

    @Test
    void refusesADocumentCutAfterASubProcessWithNoActivity() {
        refused(() -> importText(firstLines(705)), 705, "sub-process C2.6.3");
    }

    @Test
    void refusesADocumentCutBeforeTheBlocksOfTheOfficesItLists() {
        refused(() -> importText(firstLines(314)), 314, "Ufficio 2.1 is listed");
        refused(() -> importText(firstLines(319)), 319, "Ufficio 2.1 is listed");
    }

    @Test
    void refusesADocumentCutBeforeAServizioTables() {
        refused(() -> importText(firstLines(293)), 293, "ends on a heading");
        refused(() -> importText(firstLines(295)), 295, "before its tables");
    }

    @Test
    void refusesATruncatedMultiByteCharacter() {
        String text = firstLines(FOGGIA.size());
        int dash = text.indexOf("Ufficio 1.4 – SVILUPPO") + "Ufficio 1.4 ".length();
        byte[] beforeDash = text.substring(0, dash).getBytes(StandardCharsets.UTF_8);
        byte[] truncated = Arrays.copyOf(text.getBytes(StandardCharsets.UTF_8), beforeDash.length + 1); // "–" is 3 bytes
        int line = (int) text.substring(0, dash).chars().filter(c -> c == '\n').count() + 1;
        refused(() -> importBytes(truncated), line, "not UTF-8");
    }

    @Test
    void acceptsTheWholeDocumentAndRecordsWhatItCouldNotRead() throws AllegatoFormatException {
        String withStrayLine = firstLines(FOGGIA.size()).replace("Ufficio 4.2 – PROCEDURE ABILITATIVE E SANZIONI\n\nFUNZIONE",
                "Ufficio 4.2 – PROCEDURE ABILITATIVE E SANZIONI\n\nQuesta riga non appartiene a nessuna tabella.\n\nFUNZIONE");
        AllegatoImporter.Imported imported = importText(withStrayLine);
        assertThat(imported.document().anomalies().stream().filter(a -> a.kind() == AnomalyKind.UNRECOGNISED_LINE))
                .isEmpty(); // a paragraph under an office heading is its mission, not a stray line
        assertThat(imported.document().units().stream().filter(u -> u.slug().equals("ufficio-4-2"))
                .findFirst().orElseThrow().description()).contains("Questa riga non appartiene a nessuna tabella.");
        String withStrayRow = firstLines(FOGGIA.size()).replace("\tA2.1.1.2 Segreteria",
                "\tNessun codice in questa cella\n\tA2.1.1.2 Segreteria");
        AllegatoImporter.Imported second = importText(withStrayRow);
        assertThat(second.document().anomalies().stream().filter(a -> a.kind() == AnomalyKind.WRAPPED_CELL)
                .map(AllegatoDocument.Anomaly::valueAsWritten)).contains("Nessun codice in questa cella");
    }
}
