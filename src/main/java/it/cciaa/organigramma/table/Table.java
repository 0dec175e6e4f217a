package it.cciaa.organigramma.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A table a page shows, as data: its columns, each with a key for programs (the JSON's) and an Italian heading for
 * people (the CSV's header), and its rows keyed by column; and one page of those rows ({@code limit},
 * {@code offset}).
 *
 * <pre>{@code
 * Table units = Table.of(List.of(column("codice", "Codice"), column("nome", "Nome")), page.children(),
 *         child -> List.of(child.unit().code(), child.unit().name()));
 * }</pre>
 */
public record Table(List<Column> columns, List<Map<String, String>> rows) {

    /** A column: the key of its cells in the rows, and its heading. */
    public record Column(String key, String heading) {}

    public static Column column(String key, String heading) {
        return new Column(key, heading);
    }

    /** One row per item, {@code cells} giving its cells in the columns' order (null: empty; others as text). */
    public static <T> Table of(List<Column> columns, Collection<T> items, Function<T, List<?>> cells) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (T item : items) {
            List<?> values = cells.apply(item);
            if (values.size() != columns.size()) {
                throw new IllegalArgumentException(values.size() + " cells for " + columns.size() + " columns");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i).key(), values.get(i) == null ? "" : String.valueOf(values.get(i)));
            }
            rows.add(row);
        }
        return new Table(columns, rows);
    }

    /** The columns' keys, in order. */
    public List<String> keys() {
        return columns.stream().map(Column::key).toList();
    }

    /** The page of rows from {@code offset}, at most {@code limit} of them. */
    public Table page(int offset, int limit) {
        int from = Math.min(offset, rows.size());
        return new Table(columns, rows.subList(from, (int) Math.min(rows.size(), (long) from + limit)));
    }

    /** The table as CSV ({@link CsvWriter}): the headings, then the rows. */
    public byte[] csv() {
        return CsvWriter.write(columns.stream().map(Column::heading).toList(),
                rows.stream().map(row -> keys().stream().map(key -> row.getOrDefault(key, "")).toList()).toList());
    }
}
