package it.cciaa.organigramma.national;

import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.RowSource;
import it.cciaa.organigramma.query.Rows;
import it.cciaa.organigramma.store.KnowledgeStore;
import it.cciaa.organigramma.table.Table.Column;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The queries of the national views ({@code queries/national/}): every chamber's current edition side by side. Each
 * query finds the chambers' current editions in the catalogue itself, so it needs no edition parameter.
 */
@Component
public class NationalQueries {
    static final String CHAMBERS = "national/chambers";
    static final String CHAMBER_DETAILS = "national/chamber-details";
    static final String ACTIVITY_ACROSS_CHAMBERS = "national/activity-across-chambers";
    static final String COVERAGE = "national/coverage";
    static final String UNASSIGNED_ACTIVITIES = "national/unassigned-activities";

    /** The Italian heading of each column the national queries answer, the CSV's header. */
    private static final Map<String, String> HEADINGS = Map.ofEntries(Map.entry("ente", "Ente (IRI)"),
            Map.entry("name", "Nome"), Map.entry("edition", "Edizione"), Map.entry("validFrom", "Valida dal"),
            Map.entry("units", "Unità"), Map.entry("competences", "Competenze"), Map.entry("unit", "Unità (IRI)"),
            Map.entry("kind", "Tipo"), Map.entry("code", "Codice"), Map.entry("qualifier", "Modalità"),
            Map.entry("process", "Processo"), Map.entry("activity", "Attività (IRI)"),
            Map.entry("notation", "Codice"), Map.entry("label", "Attività"));

    private final RowSource source;
    private final NamedQueries library;

    @Autowired
    public NationalQueries(KnowledgeStore store, NamedQueries queries) {
        this((RowSource) store, queries);
    }

    NationalQueries(RowSource source, NamedQueries queries) {
        this.source = source;
        this.library = queries;
        for (String name : List.of(CHAMBERS, CHAMBER_DETAILS, ACTIVITY_ACROSS_CHAMBERS, COVERAGE, UNASSIGNED_ACTIVITIES)) {
            queries.find(name).orElseThrow(() -> new IllegalStateException("queries/" + name + ".rq is missing"));
        }
        for (String name : List.of(CHAMBERS, ACTIVITY_ACROSS_CHAMBERS, COVERAGE, UNASSIGNED_ACTIVITIES)) {
            columns(name); // every column of a table the views give as CSV has its heading
        }
    }

    /** The same queries over an in-memory dataset (tests, tools). */
    public static NationalQueries over(org.apache.jena.query.Dataset dataset, NamedQueries queries) {
        return new NationalQueries(RowSource.over(dataset), queries);
    }

    /** {@code national/chambers}: every chamber with its current edition. */
    public List<Map<String, String>> chambers() {
        return rows(CHAMBERS, Map.of());
    }

    /** {@code national/chamber-details}: each chamber's slug, current dataset, editions and report counts. */
    public List<Map<String, String>> chamberDetails() {
        return rows(CHAMBER_DETAILS, Map.of());
    }

    /** {@code national/activity-across-chambers}: who holds a code of the map in each chamber. */
    public List<Map<String, String>> activityAcrossChambers(String notation) {
        return rows(ACTIVITY_ACROSS_CHAMBERS, Map.of("activity", NodeFactory.createLiteralString(notation)));
    }

    /** {@code national/coverage}: offices and competences per chamber and level-2 process. */
    public List<Map<String, String>> coverage() {
        return rows(COVERAGE, Map.of());
    }

    /** {@code national/unassigned-activities}: the map's activities the chamber assigns to no office. */
    public List<Map<String, String>> unassignedActivities(String chamberIri) {
        return rows(UNASSIGNED_ACTIVITIES, Map.of("ente", NodeFactory.createURI(chamberIri)));
    }

    /** The text of a query with its parameters bound, for "see the SPARQL" links. */
    public String queryText(String name, Map<String, Node> parameters) {
        return query(name).textWith(parameters);
    }

    /** A query's columns, in order, with their Italian headings. */
    public List<Column> columns(String name) {
        return query(name).query().getResultVars().stream().map(variable -> new Column(variable,
                java.util.Optional.ofNullable(HEADINGS.get(variable)).orElseThrow(() -> new IllegalStateException(
                        "queries/" + name + ".rq: no Italian heading for the column " + variable)))).toList();
    }

    private List<Map<String, String>> rows(String name, Map<String, Node> parameters) {
        return Rows.of(source.select(query(name), parameters));
    }

    private NamedQuery query(String name) {
        return library.find(name).orElseThrow();
    }
}
