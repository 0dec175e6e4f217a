package it.cciaa.organigramma.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.RowSetRewindable;

/**
 * A {@link RowSource} that reads one edition: every query with the optional parameter {@code edition}
 * ({@code ?__edition}, the edition graph) gets that graph unless the caller bound it already. Queries left unbound
 * would read the union of every edition graph, so the service always goes through one of these.
 *
 * <pre>{@code
 * RowSource source = new EditionRowSource(store, iris.editionGraph("2025-01-01"));
 * }</pre>
 */
public record EditionRowSource(RowSource source, Node editionGraph) implements RowSource {
    /** The name of the parameter (variable {@code ?__edition}) that carries the edition graph. */
    public static final String PARAMETER = "edition";

    public EditionRowSource(RowSource source, String editionGraph) {
        this(source, NodeFactory.createURI(editionGraph));
    }

    /** {@code source} reading the edition graph {@code editionGraph} (instead of the edition it read, if any). */
    public static EditionRowSource reading(RowSource source, String editionGraph) {
        RowSource unbound = source instanceof EditionRowSource bound ? bound.source() : source;
        return new EditionRowSource(unbound, editionGraph);
    }

    @Override
    public RowSetRewindable select(NamedQuery query, Map<String, Node> parameters) {
        return source.select(query, parametersFor(query, parameters));
    }

    @Override
    public Map<String, Node> parametersFor(NamedQuery query, Map<String, Node> parameters) {
        return bind(query, parameters, editionGraph);
    }

    /** The parameters with the edition graph added, when the query reads an edition and it is not bound yet. */
    public static Map<String, Node> bind(NamedQuery query, Map<String, Node> parameters, Node editionGraph) {
        if (editionGraph == null || !query.optionalParameters().contains(PARAMETER)
                || parameters.containsKey(PARAMETER)) {
            return parameters;
        }
        Map<String, Node> bound = new LinkedHashMap<>(parameters);
        bound.put(PARAMETER, editionGraph);
        return bound;
    }
}
