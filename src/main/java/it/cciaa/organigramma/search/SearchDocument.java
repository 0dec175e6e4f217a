package it.cciaa.organigramma.search;

import it.cciaa.organigramma.query.Rows;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.sparql.exec.RowSet;

/**
 * One resource as the index holds it: a row of {@code queries/search/documents.rq}.
 *
 * @param otherLabels other names (hidden and alternative labels), without the label itself
 * @param notation the code as printed, empty when it has none (the Ente, the staff office)
 * @param description a unit's mission text, empty when none
 * @param category the unit kind or process-map level, in Italian, empty when none
 * @param chamber a unit's chamber; empty for what every chamber shares (processes, activities, laws)
 */
public record SearchDocument(String iri, Kind kind, String label, List<String> otherLabels, String notation,
        String description, String category, Optional<Chamber> chamber) {

    public SearchDocument {
        otherLabels = otherLabels.stream().map(String::strip).filter(name -> !name.isEmpty() && !name.equals(label))
                .distinct().toList();
        notation = notation == null ? "" : notation.strip();
        description = description == null ? "" : description.strip();
        category = category == null ? "" : category.strip();
    }

    /** A resource every chamber shares: a process, an activity or a law. */
    public SearchDocument(String iri, Kind kind, String label, List<String> otherLabels, String notation,
            String description, String category) {
        this(iri, kind, label, otherLabels, notation, description, category, Optional.empty());
    }

    /** The documents of the rows of {@code search/documents}; rows of an unknown kind are skipped. */
    public static List<SearchDocument> fromRows(RowSet rows) {
        return Rows.of(rows).stream()
                .filter(row -> row.containsKey("iri") && row.containsKey("label"))
                .flatMap(row -> Kind.fromCode(row.getOrDefault("kind", "")).stream().map(kind -> of(row, kind)))
                .toList();
    }

    private static SearchDocument of(Map<String, String> row, Kind kind) {
        Optional<Chamber> chamber = Optional.ofNullable(row.get("ente")).filter(ente -> !ente.isBlank())
                .map(ente -> new Chamber(ente.strip(), row.get("chamberName")));
        return new SearchDocument(row.get("iri"), kind, row.get("label").strip(),
                Arrays.asList(row.getOrDefault("otherLabels", "").split("\n")), row.get("notation"),
                row.get("description"), row.get("category"), chamber);
    }
}
