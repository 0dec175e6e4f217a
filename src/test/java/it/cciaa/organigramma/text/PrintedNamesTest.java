package it.cciaa.organigramma.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names and dates as people read them: chambers' names out of capitals, dates in words, editions by date. */
class PrintedNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CCIAA di FOGGIA | CCIAA di Foggia",
        "CCIAA di MILANO MONZA BRIANZA LODI | CCIAA di Milano Monza Brianza Lodi",
        "CCIAA di FORLÌ-CESENA | CCIAA di Forlì-Cesena",
        "CCIAA DI L'AQUILA | CCIAA di L'Aquila",
        "CCIAA DELL'AQUILA | CCIAA dell'Aquila",
        "CCIAA DELLA MAREMMA E DEL TIRRENO | CCIAA della Maremma e del Tirreno",
        "CCIAA di ALESSANDRIA-ASTI | CCIAA di Alessandria-Asti",
        "CCIAA di BARI 2 | CCIAA di Bari 2",
        "Camera di commercio di Emilia | Camera di commercio di Emilia",
        "CCIAA | CCIAA"})
    void wordsInCapitalsAfterTheFirstAreTitleCasedAndLinkingWordsLowerCased(String printed, String readable) {
        assertThat(PrintedNames.readable(printed)).isEqualTo(readable);
    }

    @Test
    void theFirstDayOfAMonthIsAnOrdinalAndTheOthersAreNot() {
        assertThat(ItalianDates.inWords(LocalDate.of(2025, 1, 1))).isEqualTo("1° gennaio 2025");
        assertThat(ItalianDates.inWords(LocalDate.of(2025, 3, 15))).isEqualTo("15 marzo 2025");
        assertThat(ItalianDates.inWords(LocalDate.of(2024, 12, 31))).isEqualTo("31 dicembre 2024");
        assertThat(ItalianDates.inWords("1981-11-24")).isEqualTo("24 novembre 1981");
        assertThat(ItalianDates.inWords("2025-08-01T10:00:00Z")).isEqualTo("1° agosto 2025");
        assertThat(ItalianDates.inWords("1981")).as("not a date: as written").isEqualTo("1981");
        assertThat(ItalianDates.inWords((String) null)).isNull();
    }

    @Test
    void anEditionIsNamedByItsDateOrWhenUndatedByItsDocumentNeverByItsChecksum() {
        assertThat(EditionLabels.of(LocalDate.of(2025, 1, 1), "allegato-c.txt")).isEqualTo("edizione del 1° gennaio 2025");
        assertThat(EditionLabels.of(null, "allegato-c.txt")).isEqualTo("edizione senza data (allegato-c.txt)");
        assertThat(EditionLabels.of(null, null)).isEqualTo("edizione senza data");
    }
}
