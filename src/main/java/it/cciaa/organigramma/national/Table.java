package it.cciaa.organigramma.national;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Rows of a national view as CSV (RFC 4180, UTF-8, a header line with the query's column names) and one page of them
 * ({@code limit}, {@code offset}).
 */
record Table(List<String> columns, List<Map<String, String>> rows) {
    /** The page of rows from {@code offset}, at most {@code limit} of them. */
    Table page(int offset, int limit) {
        int from = Math.min(offset, rows.size());
        return new Table(columns, rows.subList(from, Math.min(rows.size(), from + limit)));
    }

    byte[] csv() {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", columns.stream().map(Table::cell).toList())).append("\r\n");
        for (Map<String, String> row : rows) {
            out.append(String.join(",", columns.stream().map(column -> cell(row.getOrDefault(column, ""))).toList()))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(String value) {
        boolean quoted = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quoted ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
