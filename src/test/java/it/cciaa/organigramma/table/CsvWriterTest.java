package it.cciaa.organigramma.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link CsvWriter} and {@link Table#csv()}: RFC 4180, UTF-8, the Italian headings as the header record. */
class CsvWriterTest {

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndRecordsEndWithCrlf() {
        byte[] csv = CsvWriter.write(List.of("Codice", "Attività"), List.of(
                List.of("4.1", "REGISTRO IMPRESE"),
                List.of("C1.1", "Albi, ruoli ed elenchi"),
                List.of("C2.7", "detto \"SUAP\""),
                Arrays.asList("C2.8", "due\nrighe"),
                Arrays.asList(null, "\rsolo ritorno")));
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("Codice,Attività\r\n"
                + "4.1,REGISTRO IMPRESE\r\n"
                + "C1.1,\"Albi, ruoli ed elenchi\"\r\n"
                + "C2.7,\"detto \"\"SUAP\"\"\"\r\n"
                + "C2.8,\"due\nrighe\"\r\n"
                + ",\"\rsolo ritorno\"\r\n");
    }

    @Test
    void textIsUtf8() {
        assertThat(CsvWriter.write(List.of("Unità"), List.of(List.of("Forlì"))))
                .isEqualTo("Unità\r\nForlì\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private record Unit(String code, String name, int activities) {}

    @Test
    void aTableWritesItsHeadingsThenItsRowsInTheColumnsOrder() {
        Table table = Table.of(List.of(Table.column("codice", "Codice"), Table.column("nome", "Nome"),
                Table.column("attivita", "Attività")), List.of(new Unit("4.1", "REGISTRO IMPRESE", 12)),
                unit -> List.of(unit.code(), unit.name(), unit.activities()));
        assertThat(table.rows()).containsExactly(Map.of("codice", "4.1", "nome", "REGISTRO IMPRESE",
                "attivita", "12"));
        assertThat(new String(table.csv(), StandardCharsets.UTF_8))
                .isEqualTo("Codice,Nome,Attività\r\n4.1,REGISTRO IMPRESE,12\r\n");
        assertThat(new String(table.page(1, 10).csv(), StandardCharsets.UTF_8)).isEqualTo("Codice,Nome,Attività\r\n");
        assertThat(table.page(0, Integer.MAX_VALUE).rows()).hasSize(1);
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsABug() {
        assertThatThrownBy(() -> Table.of(List.of(Table.column("a", "A")), List.of("x"), x -> List.of(x, x)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
