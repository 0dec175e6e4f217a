package it.cciaa.organigramma.store;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.apache.jena.atlas.web.HttpException;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.rdfconnection.RDFConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the store the service runs on guarantees, found out rather than assumed. The embedded store is Fuseki over
 * TDB2: a SPARQL Update request is one transaction there. An external store is asked once, at start: its
 * {@code Server} header names it, and a probe request of two operations, the second of which fails (a {@code LOAD}
 * of a file that does not exist), tells whether the first one's write survives the failure. If it does, as on
 * Virtuoso 7, a request is not atomic there and publications are written in parts, made visible by one last
 * operation ({@code PublicationUpdate}); if the store refuses writes, publication is refused with the store's reason.
 * The probe writes one triple in a graph of its own under the service's base and drops it.
 */
public final class StoreEngine {
    private static final Logger LOG = LoggerFactory.getLogger(StoreEngine.class);

    /**
     * @param name what the store calls itself (its {@code Server} header), or the embedded store's description
     * @param atomicRequests whether a request of several update operations is applied all or nothing
     * @param writeRefusal why the store refuses the service's writes, when it does
     */
    public record Capabilities(String name, boolean atomicRequests, Optional<String> writeRefusal) {}

    private static final NamedQuery GRAPH_EXISTS = NamedQueries.load().find("admin/graph-exists")
            .orElseThrow(() -> new IllegalStateException("queries/admin/graph-exists.rq is missing"));

    private final KnowledgeStore store;
    private final KgProperties properties;
    private volatile Capabilities capabilities;

    public StoreEngine(KnowledgeStore store, KgProperties properties) {
        this.store = store;
        this.properties = properties;
        if (properties.embedded()) {
            this.capabilities = new Capabilities("Apache Jena Fuseki, embedded (TDB2)", true, Optional.empty());
        }
    }

    /** The guarantees of a store reached with its own settings (the command-line tools' stores). */
    public static StoreEngine of(KnowledgeStore store) {
        return new StoreEngine(store, store.properties());
    }

    /** The store's guarantees, probed on first use; a store that cannot be reached is asked again next time. */
    public Capabilities capabilities() {
        Capabilities known = capabilities;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (capabilities == null) {
                capabilities = probe();
                LOG.info("Store {} at {}: {}", capabilities.name(), store.updateEndpoint(), describe(capabilities));
            }
            return capabilities;
        }
    }

    /** Whether the store is OpenLink Virtuoso, whose SPARQL differs where {@code docs/engines.md} says. */
    public boolean isVirtuoso() {
        return capabilities().name().startsWith("Virtuoso");
    }

    /** The same, asked without the write probe (for the tools that only read, such as {@code backup}). */
    public static boolean isVirtuoso(KnowledgeStore store) {
        return StoreEngine.of(store).serverName().startsWith("Virtuoso");
    }

    /**
     * The value of the {@code timeout} parameter a query to the store carries, for a query the service stops after
     * {@code timeout}: Fuseki reads seconds; Virtuoso reads milliseconds, and when they are up it answers what it has
     * found so far as if it were the whole answer ("anytime queries"), so it is given a second more than the service
     * waits: the service gives up first, and never serves a partial answer as a complete one.
     */
    public String timeoutParameter(java.time.Duration timeout) {
        if (isVirtuoso()) {
            return Long.toString(timeout.toMillis() + 1000);
        }
        return Long.toString(Math.max(1, (timeout.toMillis() + 999) / 1000));
    }

    /** One sentence for the log and the administration page. */
    public static String describe(Capabilities capabilities) {
        if (capabilities.writeRefusal().isPresent()) {
            return "publication refused: " + capabilities.writeRefusal().get();
        }
        return capabilities.atomicRequests()
                ? "an update request is one transaction; a publication is written as one request"
                : "an update request of several operations is not atomic there; a publication is written graph by "
                        + "graph and made visible by one last operation on the catalogue";
    }

    private Capabilities probe() {
        String name = serverName();
        Node graph = NodeFactory.createURI(properties.iris().base() + "/graph/probe/" + UUID.randomUUID());
        // INSERT DATA { GRAPH probe { probe dct:description "…" } } ; LOAD <file:///nonexistent/…>
        UpdateRequest probe = new UpdateRequest();
        QuadDataAcc triple = new QuadDataAcc();
        triple.addQuad(Quad.create(graph, graph, DCTerms.description.asNode(),
                NodeFactory.createLiteralString("organigramma-kg: does a failed request keep its first operation?")));
        probe.add(new UpdateDataInsert(triple));
        probe.add(new UpdateLoad("file:///nonexistent/organigramma-kg-probe-" + UUID.randomUUID() + ".ttl",
                (Node) null, false));
        try (RDFConnection connection = store.connect()) {
            try {
                connection.update(probe);
            } catch (HttpException e) {
                if (e.getStatusCode() == 401 || e.getStatusCode() == 403) {
                    return new Capabilities(name, false, Optional.of("the store refuses the service's writes at "
                            + store.updateEndpoint() + " (" + StoreFailure.describe(e) + "): set KG_STORE_USER and "
                            + "KG_STORE_PASSWORD to a user allowed to update it"));
                }
                if (e.getStatusCode() <= 0) {
                    throw e; // not reached: asked again on next use
                }
                // the LOAD failed, as it should
            }
            boolean kept = store.ask(GRAPH_EXISTS, Map.of("graph", graph));
            if (kept) {
                connection.update(new UpdateRequest(new UpdateDrop(Target.create(graph), true)));
            }
            return new Capabilities(name, !kept, Optional.empty());
        }
    }

    /** The store's {@code Server} header, on an ASK query to its query endpoint (nothing written). */
    public String serverName() {
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            String ask = GRAPH_EXISTS.textWith(Map.of("graph", NodeFactory.createURI("urn:x-organigramma-kg:none")));
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(store.queryEndpoint() + "?query="
                    + URLEncoder.encode(ask, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return answer.headers().firstValue("Server").orElse("a store without a Server header");
        } catch (java.io.IOException e) {
            return "a store without a Server header";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "a store without a Server header";
        }
    }
}
