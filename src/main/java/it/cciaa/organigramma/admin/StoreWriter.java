package it.cciaa.organigramma.admin;

import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.store.KgProperties;
import it.cciaa.organigramma.store.KnowledgeStore;
import it.cciaa.organigramma.store.StoreFailure;
import it.cciaa.organigramma.store.StoreVersion;
import it.cciaa.organigramma.store.StoreWrites;
import java.time.Instant;
import java.util.Map;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryException;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.DCTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The administration's writes to the store, embedded or external, over SPARQL 1.1 Update: each write is one request
 * (one transaction) that also replaces the catalogue's {@code dct:modified}, so that {@link StoreVersion} sees the
 * change; the version is read again right after (caches, ETags, search index).
 */
@Component
class StoreWriter {
    private static final Logger LOG = LoggerFactory.getLogger(StoreWriter.class);

    private final KnowledgeStore store;
    private final StoreVersion version;
    private final StoreWrites writes;
    private final NamedQuery graphExists;
    private final Node catalogue;
    private final Node catalogueGraph;

    StoreWriter(KnowledgeStore store, StoreVersion version, StoreWrites writes, NamedQueries queries,
            KgProperties properties) {
        this.store = store;
        this.writes = writes;
        this.version = version;
        this.graphExists = queries.find("admin/graph-exists").orElseThrow();
        ServiceIris iris = properties.iris();
        this.catalogue = NodeFactory.createURI(iris.catalogue());
        this.catalogueGraph = NodeFactory.createURI(iris.catalogueGraph());
    }

    /** Sends the operations, with the catalogue's new modification time, as one update request. */
    void write(UpdateRequest operations, String who) {
        UpdateRequest request = new UpdateRequest();
        request.setPrefixMapping(operations.getPrefixMapping());
        if (operations.explicitlySetBaseURI()) {
            request.setBaseURI(operations.getBaseURI());
        }
        operations.getOperations().forEach(request::add);
        QuadAcc previous = new QuadAcc();
        previous.addQuad(Quad.create(catalogueGraph, catalogue, DCTerms.modified.asNode(), Var.alloc("previous")));
        request.add(new UpdateDeleteWhere(previous));
        QuadDataAcc now = new QuadDataAcc();
        now.addQuad(Quad.create(catalogueGraph, catalogue, DCTerms.modified.asNode(),
                NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime)));
        request.add(new UpdateDataInsert(now));
        writes.exclusively(() -> {
            try (RDFConnection connection = store.connect()) {
                connection.update(request);
            } catch (HttpException e) {
                throw refusedByStore(e);
            }
            try { // within the write: answers read meanwhile know it (StoreWrites.epoch)
                version.refresh();
            } catch (RuntimeException e) {
                LOG.warn("The store version cannot be read after a write (the next poll reads it): {}", e.toString());
            }
            return null;
        });
        LOG.info("{} wrote to the store: {} operation(s)", who, operations.getOperations().size());
    }

    /** Whether the named graph has any triple. */
    boolean exists(Node graph) {
        try {
            return store.ask(graphExists, Map.of("graph", graph));
        } catch (HttpException | QueryException e) {
            throw unreachable(e);
        }
    }

    /** Every quad of the store, read in one go. */
    org.apache.jena.sparql.core.DatasetGraph readAll() {
        try (RDFConnection connection = store.connect()) {
            return connection.fetchDataset().asDatasetGraph();
        } catch (HttpException e) {
            throw unreachable(e);
        }
    }

    /** The content of a named graph, or of the default graph when {@code graph} is null. */
    Graph read(String graph) {
        try (RDFConnection connection = store.connect()) {
            return graph == null ? connection.fetch().getGraph() : connection.fetch(graph).getGraph();
        } catch (HttpException e) {
            throw unreachable(e);
        }
    }

    /** The store refused the request (4xx) or could not be reached or failed (502). */
    private static ResponseStatusException refusedByStore(HttpException e) {
        if (e.getStatusCode() >= 400 && e.getStatusCode() < 500) {
            return new ResponseStatusException(HttpStatus.BAD_REQUEST, "L'archivio ha rifiutato la scrittura (HTTP "
                    + e.getStatusCode() + "): " + firstLine(e.getResponse() == null ? e.getMessage() : e.getResponse())
                    + " / The store refused the write.");
        }
        return unreachable(e);
    }

    private static ResponseStatusException unreachable(RuntimeException e) {
        LOG.warn("The store failed: {}", e instanceof HttpException http ? StoreFailure.describe(http) : e.toString());
        return new ResponseStatusException(HttpStatus.BAD_GATEWAY, "L'archivio non è raggiungibile o ha avuto un errore: "
                + "riprovare più tardi. / The store cannot be reached or failed: try again later.");
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
