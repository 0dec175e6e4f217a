package it.cciaa.organigramma.query;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;

/** Runs a named query over a dataset, binding its parameters through Jena (never by editing the query text). */
public final class QueryRunner {
    private QueryRunner() {}

    /** Runs a SELECT query with its parameters bound; the rows are read before the execution closes. */
    public static RowSetRewindable select(NamedQuery named, Dataset dataset, Map<String, Node> parameters) {
        for (String required : named.requiredParameters()) {
            if (!parameters.containsKey(required)) {
                throw new IllegalArgumentException("query " + named.name() + " needs the parameter '" + required + "'");
            }
        }
        Query query = named.query();
        var builder = QueryExec.dataset(dataset.asDatasetGraph()).query(query);
        parameters.forEach((name, value) -> builder.substitution(named.variableOf(name), value));
        try (QueryExec exec = builder.build()) {
            RowSet rows = exec.select();
            return rows.rewindable();
        }
    }
}
