package it.cciaa.organigramma.sparql;

import it.cciaa.organigramma.store.KnowledgeStore;
import it.cciaa.organigramma.store.KgProperties;
import it.cciaa.organigramma.store.StoreEngine;
import it.cciaa.organigramma.store.StoreLoadedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The names of the store's graphs, read once and kept: FROM and the protocol's graph parameters may name only these,
 * and the service description lists them. Read again after each load, and when an unknown name is asked for and
 * the list is older than a minute (another instance may have published an edition).
 */
@Component
public class StoreGraphs {
    private static final Duration STALE_AFTER = Duration.ofMinutes(1);
    private static final Var GRAPH = Var.alloc("graph");

    private final KnowledgeStore store;
    private final KgProperties properties;
    private final StoreEngine engine;
    private volatile Set<String> names;
    private volatile Instant readAt = Instant.EPOCH;

    public StoreGraphs(KnowledgeStore store, KgProperties properties, StoreEngine engine) {
        this.engine = engine;
        this.store = store;
        this.properties = properties;
    }

    @EventListener
    public void onLoad(StoreLoadedEvent event) {
        names = null;
    }

    /** Every graph name of the store, in order. */
    public Set<String> all() {
        Set<String> known = names;
        return known != null ? known : refresh();
    }

    /** Whether {@code iri} names a graph of the store. */
    public boolean contains(String iri) {
        if (all().contains(iri)) {
            return true;
        }
        return readAt.plus(STALE_AFTER).isBefore(Instant.now()) && refresh().contains(iri);
    }

    private synchronized Set<String> refresh() {
        Set<String> read = new TreeSet<>();
        store.query(graphNamesQuery(engine.isVirtuoso()), properties.internalQueryTimeout(), exec -> {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Node graph = rows.next().get(GRAPH);
                if (graph != null && graph.isURI()) {
                    read.add(graph.getURI());
                }
            }
            return read;
        });
        names = Collections.unmodifiableSet(read);
        readAt = Instant.now();
        return names;
    }

    /**
     * {@code SELECT DISTINCT ?graph WHERE { GRAPH ?graph { } }}: built here rather than in {@code queries/} because it
     * is the endpoint's own plumbing, not a question about the data. On Virtuoso, where {@code GRAPH ?graph { }}
     * binds no graph, {@code GRAPH ?graph { ?s ?p ?o }} (a scan TDB2 is spared).
     */
    private static Query graphNamesQuery(boolean triplePattern) {
        Query query = new Query();
        query.setQuerySelectType();
        query.setDistinct(true);
        query.addResultVar(GRAPH);
        ElementGroup pattern = new ElementGroup();
        ElementGroup inside = new ElementGroup();
        if (triplePattern) {
            inside.addTriplePattern(org.apache.jena.graph.Triple.create(Var.alloc("s"), Var.alloc("p"),
                    Var.alloc("o")));
        }
        pattern.addElement(new ElementNamedGraph(GRAPH, inside));
        query.setQueryPattern(pattern);
        return query;
    }
}
