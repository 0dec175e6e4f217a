package it.cciaa.organigramma.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcessCodeTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {
        "A1 PERFORMANCE MANAGEMENT        | A1       | A1       | false",
        "A1.1.PIANIFICAZIONE, MONITORAGGIO | A1.1     | A1.1.    | true",
        "A.1.3 ORGANIZZAZIONE CAMERALE     | A1.3     | A.1.3    | true",
        "C27 SERVIZI DI COMPOSIZIONE       | C2.7     | C27      | true",
        "C2.7.5: Servizi di composizione   | C2.7.5   | C2.7.5:  | true",
        "D1.1.0 Bandi/Contributi           | D1.1.0   | D1.1.0   | false",
        "A1.1.1.3 Redazione PIAO **        | A1.1.1.3 | A1.1.1.3 | false",
        "E1.5 TURISMO                      | E1.5     | E1.5     | false"})
    void readsCodesLenientlyAndKeepsTheWrittenForm(String cell, String canonical, String written, boolean malformed) {
        ProcessCode code = ProcessCode.read(cell).orElseThrow();
        assertThat(code.canonical()).isEqualTo(canonical);
        assertThat(code.asWritten()).isEqualTo(written);
        assertThat(code.isMalformed()).isEqualTo(malformed);
        assertThat(ProcessCode.isCanonical(code.canonical())).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"ALTRO", "GOVERNO CAMERALE", "D. Lgs. 81/2008", "Ecc.)", "A0.1 nothing"})
    void doesNotTakeWordsForCodes(String cell) {
        assertThat(ProcessCode.read(cell)).isEmpty();
    }

    @Test
    void derivesTheParentFromTheCodeItself() {
        ProcessCode code = ProcessCode.read("C2.7.5.1 Gestione istanze").orElseThrow();
        assertThat(code.level()).isEqualTo(4);
        assertThat(code.parent()).contains("C2.7.5");
        assertThat(code.ancestorAt(2)).isEqualTo("C2.7");
        assertThat(code.functionLetter()).isEqualTo("C");
        assertThat(ProcessCode.read("B3 BILANCIO").orElseThrow().parent()).isEmpty();
    }
}
