package it.cciaa.organigramma.table;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as RFC 4180 writes it: fields separated by commas, every record (the header too) ended by CRLF, a field quoted
 * when it holds a comma, a double quote, CR or LF, its quotes doubled; UTF-8. A null field is an empty one.
 *
 * <pre>{@code
 * byte[] csv = CsvWriter.write(List.of("Codice", "Nome"), List.of(List.of("4.1", "REGISTRO IMPRESE")));
 * }</pre>
 */
public final class CsvWriter {
    private CsvWriter() {}

    /** The header record and the records, in UTF-8. */
    public static byte[] write(List<String> header, List<? extends List<String>> records) {
        StringBuilder out = new StringBuilder(record(header));
        records.forEach(fields -> out.append(record(fields)));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One record with its CRLF. */
    public static String record(List<String> fields) {
        return fields.stream().map(CsvWriter::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quoted = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quoted ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
