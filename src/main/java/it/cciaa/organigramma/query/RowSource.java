package it.cciaa.organigramma.query;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.exec.RowSetRewindable;

/**
 * Where a feature's queries run: the store (in the service) or an in-memory dataset (tests, command-line tools). The
 * features' {@code XxxQueries} classes take one, so the same queries serve both.
 */
@FunctionalInterface
public interface RowSource {
    /** Runs a SELECT query of the library with its parameters bound; the rows are read before the call returns. */
    RowSetRewindable select(NamedQuery query, Map<String, Node> parameters);

    /**
     * The parameters a query runs with here, for "see the SPARQL" links that show the query as it ran: the caller's,
     * plus what the source adds itself (an {@link EditionRowSource} adds its edition graph).
     */
    default Map<String, Node> parametersFor(NamedQuery query, Map<String, Node> parameters) {
        return parameters;
    }

    /**
     * A number that changes whenever the content the queries read may have changed, for callers that keep what they
     * derive from rows (the store counts its content changes); empty where nothing may be kept (an in-memory dataset
     * can change under the caller).
     */
    default java.util.OptionalLong contentGeneration() {
        return java.util.OptionalLong.empty();
    }

    /** The queries over an in-memory dataset. */
    static RowSource over(Dataset dataset) {
        return (query, parameters) -> QueryRunner.select(query, dataset, parameters);
    }
}
