package it.cciaa.organigramma.publication;

import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.store.KnowledgeStore;
import it.cciaa.organigramma.store.StoreEngine;
import it.cciaa.organigramma.store.StoreFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store the service runs on (embedded Fuseki or external), reached over the SPARQL protocols. Where a request is
 * one transaction (Fuseki, found out by {@link StoreEngine}) the publication is sent as one SPARQL Update request.
 * Where it is not (Virtuoso 7), it is written in parts: the edition's graphs (new ones, which no catalogue entry names
 * yet), the ontology and shapes and the shared graphs through the Graph Store Protocol, one request each, then the
 * catalogue in one guarded operation, which is what makes the edition visible; if a part fails or the guard finds
 * the store changed, the edition's own graphs are dropped and nothing visible has changed.
 */
public final class StoreEditionTarget implements EditionTarget {
    private static final Logger LOG = LoggerFactory.getLogger(StoreEditionTarget.class);
    private static final NamedQueries QUERIES = NamedQueries.load();
    private static final NamedQuery GRAPH = query("edition/graph");
    private static final NamedQuery OBJECTS = query("store/objects");
    private static final NamedQuery GRAPH_HAS_SUBJECT = query("store/graph-has-subject");

    private static NamedQuery query(String name) {
        return QUERIES.find(name).orElseThrow(() -> new IllegalStateException("queries/" + name + ".rq is missing"));
    }

    private final KnowledgeStore store;
    private final StoreEngine engine;

    public StoreEditionTarget(KnowledgeStore store, StoreEngine engine) {
        this.store = store;
        this.engine = engine;
    }

    @Override
    public List<CatalogueEdition> editions(ServiceIris iris) {
        return CatalogueEditions.read(store::selectFresh, iris);
    }

    @Override
    public List<Node> catalogueModified(ServiceIris iris) {
        return CatalogueEditions.modified(store::selectFresh, iris);
    }

    @Override
    public Graph graph(String name) {
        return store.construct(GRAPH, Map.of("graph", NodeFactory.createURI(name)));
    }

    @Override
    public void apply(PublicationUpdate publication) {
        StoreEngine.Capabilities capabilities = engine.capabilities();
        if (capabilities.writeRefusal().isPresent()) {
            throw new IllegalStateException(capabilities.writeRefusal().get());
        }
        try (RDFConnection connection = store.connect()) {
            if (capabilities.atomicRequests()) {
                StoreFailure.retryingLostConnection(() -> { // guarded: a second run after a first one writes nothing
                    connection.update(publication.request());
                    return null;
                });
            } else {
                applyInParts(connection, publication);
            }
        } catch (HttpException e) {
            throw new IllegalStateException("the store refused the publication: " + StoreFailure.describe(e), e);
        }
    }

    private void applyInParts(RDFConnection connection, PublicationUpdate publication) {
        try {
            answerChallenge(connection, publication);
            // Each part may be sent twice: a PUT replaces, a merge adds what is there already, the last is guarded.
            publication.replacedGraphs().forEach((name, graph) -> StoreFailure.retryingLostConnection(() -> {
                connection.put(name, ModelFactory.createModelForGraph(graph));
                return null;
            }));
            publication.mergedGraphs().forEach((name, graph) -> StoreFailure.retryingLostConnection(() -> {
                connection.load(name, ModelFactory.createModelForGraph(graph));
                return null;
            }));
            UpdateRequest catalogue = StoreFailure.retryingLostConnection(() ->
                    publication.catalogueOperation(this::objects));
            StoreFailure.retryingLostConnection(() -> {
                connection.update(catalogue);
                return null;
            });
        } catch (RuntimeException e) {
            dropUnlisted(connection, publication);
            throw e;
        }
        dropUnlisted(connection, publication); // the guard found the store changed: the catalogue does not list it
    }

    /**
     * A small request to the Graph Store endpoint first: a store asking for HTTP Digest (Virtuoso) answers the first
     * request with a challenge and closes the connection, which a large body still being sent turns into "Broken
     * pipe"; after this one, requests carry the credentials from the start. (A DELETE of a graph that does not exist:
     * 404, nothing changed.)
     */
    private static void answerChallenge(RDFConnection connection, PublicationUpdate publication) {
        try {
            StoreFailure.retryingLostConnection(() -> {
                connection.delete(publication.catalogueGraph() + "/no-such-graph");
                return null;
            });
        } catch (HttpException expected) {
            if (expected.getStatusCode() != 404) {
                throw expected;
            }
        }
    }

    /** The objects the store holds now for a pattern's graph, subject and predicate. */
    private List<Node> objects(Quad pattern) {
        List<Node> objects = new ArrayList<>();
        store.selectFresh(OBJECTS, Map.of("graph", pattern.getGraph(), "subject", pattern.getSubject(),
                "predicate", pattern.getPredicate())).forEachRemaining(row -> objects.add(row.get("object")));
        return objects;
    }

    /** Drops the edition's own graphs unless the catalogue lists the edition (by this publication or a concurrent one). */
    private void dropUnlisted(RDFConnection connection, PublicationUpdate publication) {
        try {
            boolean listed = store.ask(GRAPH_HAS_SUBJECT, Map.of("graph",
                    NodeFactory.createURI(publication.catalogueGraph()), "subject",
                    NodeFactory.createURI(publication.edition())));
            if (!listed) {
                UpdateRequest drop = new UpdateRequest();
                publication.newGraphs().forEach(graph ->
                        drop.add(new UpdateDrop(Target.create(NodeFactory.createURI(graph)), true)));
                connection.update(drop);
            }
        } catch (RuntimeException e) {
            LOG.warn("The graphs of an edition that was not published could not be dropped ({}): {}",
                    publication.newGraphs(), e.toString());
        }
    }
}
