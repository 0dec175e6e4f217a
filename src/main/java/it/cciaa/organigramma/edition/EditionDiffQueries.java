package it.cciaa.organigramma.edition;

import it.cciaa.organigramma.edition.EditionDiff.ConceptEntry;
import it.cciaa.organigramma.edition.EditionDiff.LabelChange;
import it.cciaa.organigramma.edition.EditionDiff.Requalification;
import it.cciaa.organigramma.edition.EditionDiff.UnitEntry;
import it.cciaa.organigramma.edition.EditionDiff.UnitMove;
import it.cciaa.organigramma.edition.EditionDiff.UnitRenaming;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.RowSource;
import it.cciaa.organigramma.query.Rows;
import it.cciaa.organigramma.store.KnowledgeStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;

/**
 * The queries of {@code queries/edition/}, one method per query: the differences between two edition graphs of one
 * dataset or store.
 *
 * <pre>{@code
 * EditionDiff diff = EditionDiffQueries.over(dataset, NamedQueries.load()).diff(oldGraph, newGraph);
 * }</pre>
 */
public final class EditionDiffQueries {
    private final RowSource selector;
    private final NamedQueries library;

    public EditionDiffQueries(RowSource selector, NamedQueries library) {
        this.selector = selector;
        this.library = library;
    }

    /** The queries over an in-memory dataset (the command line, the tests). */
    public static EditionDiffQueries over(Dataset dataset, NamedQueries library) {
        return new EditionDiffQueries(RowSource.over(dataset), library);
    }

    /** The queries over the knowledge store (embedded or remote). */
    public static EditionDiffQueries over(KnowledgeStore store, NamedQueries library) {
        return new EditionDiffQueries(store, library);
    }

    /** The edition graphs of the dataset, with their number of units. */
    public Map<String, Integer> editionGraphs() {
        Map<String, Integer> graphs = new java.util.LinkedHashMap<>();
        for (Map<String, String> row : Rows.of(selector.select(query("edition-graphs"), Map.of()))) {
            graphs.put(row.get("edition"), Integer.parseInt(row.get("units")));
        }
        return graphs;
    }

    /** Every difference from the edition graph {@code oldGraph} to the edition graph {@code newGraph}. */
    public EditionDiff diff(String oldGraph, String newGraph) {
        Map<String, Node> editions = Map.of("old", NodeFactory.createURI(oldGraph), "new",
                NodeFactory.createURI(newGraph));
        List<LabelChange> labels = new ArrayList<>(rows("labels-changed", editions, row -> new LabelChange(
                row.get("unit"), text(row, "unitCode"), row.get("unitName"), row.get("activity"), row.get("notation"),
                row.get("oldLabel"), row.get("newLabel"))));
        labels.addAll(rows("concept-labels-changed", editions, row -> new LabelChange("", "", "",
                row.get("newConcept"), row.get("notation"), row.get("oldLabel"), row.get("newLabel"))));
        return new EditionDiff(oldGraph, newGraph,
                rows("units-added", editions, EditionDiffQueries::unitEntry),
                rows("units-removed", editions, EditionDiffQueries::unitEntry),
                rows("units-renamed", editions, row -> new UnitRenaming(row.get("unit"), text(row, "code"),
                        row.get("oldName"), row.get("newName"))),
                rows("units-moved", editions, row -> new UnitMove(row.get("oldUnit"), row.get("newUnit"),
                        text(row, "oldCode"), text(row, "newCode"), row.get("name"), text(row, "oldParent"),
                        text(row, "newParent"), text(row, "oldParentCode"), text(row, "newParentCode"))),
                rows("competences-assigned", editions, EditionDiffQueries::conceptEntry),
                rows("competences-withdrawn", editions, EditionDiffQueries::conceptEntry),
                rows("competences-requalified", editions, row -> new Requalification(row.get("unit"),
                        text(row, "unitCode"), row.get("unitName"), row.get("activity"), row.get("notation"),
                        text(row, "oldQualifier"), text(row, "newQualifier"), text(row, "oldQualifierLabel"),
                        text(row, "newQualifierLabel"), text(row, "oldMarker"), text(row, "newMarker"))),
                rows("declarations-declared", editions, EditionDiffQueries::conceptEntry),
                rows("declarations-dropped", editions, EditionDiffQueries::conceptEntry),
                List.copyOf(labels));
    }

    private <T> List<T> rows(String name, Map<String, Node> parameters, Function<Map<String, String>, T> record) {
        return Rows.of(selector.select(query(name), parameters)).stream().map(record).toList();
    }

    private NamedQuery query(String name) {
        return library.find("edition/" + name)
                .orElseThrow(() -> new IllegalStateException("no query edition/" + name + " in queries/"));
    }

    private static UnitEntry unitEntry(Map<String, String> row) {
        return new UnitEntry(row.get("unit"), text(row, "code"), row.get("name"));
    }

    private static ConceptEntry conceptEntry(Map<String, String> row) {
        String concept = row.containsKey("activity") ? row.get("activity") : row.get("process");
        return new ConceptEntry(row.get("unit"), text(row, "unitCode"), row.get("unitName"), concept,
                row.get("notation"), text(row, "qualifier"), text(row, "qualifierLabel"));
    }

    private static String text(Map<String, String> row, String variable) {
        return row.getOrDefault(variable, "");
    }
}
