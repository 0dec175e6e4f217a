package it.cciaa.organigramma.publication;

import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.store.KnowledgeStore;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.update.UpdateRequest;

/**
 * The store the service runs on (embedded Fuseki or external), reached over the SPARQL protocols. The publication is
 * sent as one SPARQL Update request: Fuseki runs a request in one transaction; an external store must do the same
 * (SPARQL 1.1 Update says a request SHOULD be atomic) for readers never to see half an edition.
 */
public final class StoreEditionTarget implements EditionTarget {
    private static final NamedQuery GRAPH = NamedQueries.load().find("edition/graph")
            .orElseThrow(() -> new IllegalStateException("queries/edition/graph.rq is missing"));

    private final KnowledgeStore store;

    public StoreEditionTarget(KnowledgeStore store) {
        this.store = store;
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
    public void apply(UpdateRequest request) {
        try (RDFConnection connection = store.connect()) {
            connection.update(request);
        }
    }
}
