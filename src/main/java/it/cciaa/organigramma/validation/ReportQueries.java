package it.cciaa.organigramma.validation;

import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.RowSource;
import it.cciaa.organigramma.query.Rows;
import it.cciaa.organigramma.store.KnowledgeStore;
import it.cciaa.organigramma.validation.ResultView.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The queries of stored validation reports ({@code queries/validation/report.rq}, {@code report-results.rq}): a
 * publication stores the SHACL report of an edition in its own named graph, and these read it back as a
 * {@link ReportPage}, each result explained with the edition graph it validated.
 *
 * <pre>{@code
 * Optional<ReportPage> page = reports.report(reportGraph, editionGraph);
 * }</pre>
 */
@Component
public class ReportQueries {
    private static final String SH = "http://www.w3.org/ns/shacl#";

    private final RowSource source;
    private final NamedQuery report;
    private final NamedQuery results;

    @Autowired
    public ReportQueries(KnowledgeStore store, NamedQueries queries) {
        this((RowSource) store, queries);
    }

    private ReportQueries(RowSource source, NamedQueries queries) {
        this.source = source;
        this.report = require(queries, "validation/report");
        this.results = require(queries, "validation/report-results");
    }

    /** The queries over an in-memory dataset (tests, tools). */
    public static ReportQueries over(Dataset dataset, NamedQueries queries) {
        return new ReportQueries(RowSource.over(dataset), queries);
    }

    /** The report stored in {@code reportGraph} about {@code editionGraph}; empty when that graph holds no report. */
    public Optional<ReportPage> report(String reportGraph, String editionGraph) {
        Map<String, Node> parameters = parameters(reportGraph, editionGraph);
        Optional<Map<String, String>> found = Rows.of(source.select(report, Map.of("report",
                parameters.get("report")))).stream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> unitTitles = new LinkedHashMap<>();
        List<ResultView> views = Rows.of(source.select(results, parameters)).stream().map(row -> {
            if (row.containsKey("unit") && row.containsKey("unitName")) {
                unitTitles.putIfAbsent(row.get("unit"), ReportPage.unitTitle(row.get("unitCode"), row.get("unitName")));
            }
            return view(row);
        }).toList();
        return Optional.of(ReportPage.of(views, unitTitles, found.get().get("created")));
    }

    /** The text of the results query with its graphs bound, for the page's SPARQL link. */
    public String resultsQueryText(String reportGraph, String editionGraph) {
        return results.textWith(parameters(reportGraph, editionGraph));
    }

    private static Map<String, Node> parameters(String reportGraph, String editionGraph) {
        return Map.of("report", NodeFactory.createURI(reportGraph), "edition", NodeFactory.createURI(editionGraph));
    }

    private static ResultView view(Map<String, String> row) {
        String shape = row.getOrDefault("shape", "");
        String severityIri = row.getOrDefault("severity", SH + "Violation");
        Severity severity = switch (severityIri.substring(severityIri.lastIndexOf('#') + 1)) {
            case "Warning" -> Severity.WARNING;
            case "Info" -> Severity.INFO;
            default -> Severity.VIOLATION;
        };
        String messageIt = row.getOrDefault("messageIt", row.getOrDefault("messageEn", ""));
        return new ResultView(severity, row.get("focus"), Optional.ofNullable(row.get("notation")),
                Optional.ofNullable(row.get("unit")),
                Optional.ofNullable(row.get("sourceLine")).map(Integer::valueOf), messageIt,
                row.getOrDefault("messageEn", messageIt), shape,
                row.getOrDefault("shapeName", shape.substring(shape.lastIndexOf('/') + 1)),
                Optional.ofNullable(row.get("path")), Optional.ofNullable(row.get("value")));
    }

    private static NamedQuery require(NamedQueries queries, String name) {
        return queries.find(name).orElseThrow(() -> new IllegalStateException("queries/" + name + ".rq is missing"));
    }
}
