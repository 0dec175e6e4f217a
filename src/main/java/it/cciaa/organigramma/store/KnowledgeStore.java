package it.cciaa.organigramma.store;

import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.query.NamedQuery;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.query.Query;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdfconnection.Isolation;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.system.Txn;

/**
 * The triple store the service reads and writes: an external store reached over the SPARQL 1.1 protocols, or the
 * embedded TDB2 dataset read and written in this JVM through Jena's {@code RDFLink} (no HTTP hop). Both sit behind
 * this one interface, so that no view works only one way: a caller gets a {@link QueryExec} or an
 * {@link RDFConnection} and never knows which. Queries of the library run here with their parameters bound through
 * Jena.
 *
 * <pre>{@code
 * RowSetRewindable units = store.select(queries.require("organigram/units"), Map.of());
 * }</pre>
 */
public final class KnowledgeStore implements it.cciaa.organigramma.query.RowSource {
    private final Supplier<String> datasetUrl;
    /** The embedded dataset, read in this JVM; null for a store reached over HTTP. */
    private final Supplier<DatasetGraph> local;
    private final KgProperties properties;
    /**
     * Queries as the protocol's GET, or its form POST when long: Virtuoso 7 never answers a POST whose body is the
     * query ({@code application/sparql-query}, Jena's default for long queries).
     */
    private static final QuerySendMode SEND_MODE = QuerySendMode.asGetWithLimitForm;
    private final HttpClient httpClient;
    private volatile boolean credentialsRegistered;
    private static final int CACHE_ENTRIES = 5000;
    private final Map<String, CachedRows> cache = new java.util.concurrent.ConcurrentHashMap<>();
    /** Counts the content changes, so that an answer read across one is not cached. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    /** A store reached over the SPARQL protocols at {@code datasetUrl} (and the endpoints the properties name). */
    public KnowledgeStore(Supplier<String> datasetUrl, KgProperties properties) {
        this(datasetUrl, null, properties);
    }

    private KnowledgeStore(Supplier<String> datasetUrl, Supplier<DatasetGraph> local, KgProperties properties) {
        this.datasetUrl = datasetUrl;
        this.local = local;
        this.properties = properties;
        // HTTP/1.1: a request offering an upgrade to h2c (the JDK's default) is never answered by Virtuoso 7.
        this.httpClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * Registers the store's credentials with Jena for its endpoints, so that a challenge for HTTP Basic (Fuseki behind
     * Shiro or a proxy) or HTTP Digest (Virtuoso's {@code /sparql-auth}) is answered. Done once the dataset URL is
     * known: the embedded store's is only after it started.
     */
    private void registerCredentials() {
        if (properties.storeUser().isBlank() || credentialsRegistered) {
            return;
        }
        for (String endpoint : java.util.Set.of(queryEndpoint(), updateEndpoint(), graphStoreEndpoint())) {
            AuthEnv.get().registerUsernamePassword(URI.create(endpoint), properties.storeUser(),
                    properties.storePassword());
        }
        credentialsRegistered = true;
    }

    /**
     * The embedded store: the dataset is read and written in this JVM, each operation in a TDB2 transaction of its
     * own ({@code description} stands for its endpoints in logs and pages).
     */
    public static KnowledgeStore local(Supplier<DatasetGraph> dataset, String description, KgProperties properties) {
        return new KnowledgeStore(() -> description, dataset, properties);
    }

    /** Whether the store is the embedded dataset, read in this JVM. */
    public boolean isLocal() {
        return local != null;
    }

    KgProperties properties() {
        return properties;
    }

    /** The query endpoint's URL; for the embedded store, where its database lies. */
    public String queryEndpoint() {
        return local != null || properties.storeQueryUrl().isBlank() ? datasetUrl.get() : properties.storeQueryUrl();
    }

    /** The update endpoint's URL; for the embedded store, where its database lies. */
    public String updateEndpoint() {
        return local != null || properties.storeUpdateUrl().isBlank() ? datasetUrl.get() : properties.storeUpdateUrl();
    }

    /** The Graph Store Protocol endpoint's URL; for the embedded store, where its database lies. */
    public String graphStoreEndpoint() {
        return local != null || properties.storeGspUrl().isBlank() ? datasetUrl.get() : properties.storeGspUrl();
    }

    /**
     * A store reached at a dataset URL, as the command-line tools use one: endpoints that differ from it from
     * {@code KG_STORE_QUERY_URL}, {@code KG_STORE_UPDATE_URL} and {@code KG_STORE_GSP_URL} (Virtuoso's), credentials
     * from {@code KG_STORE_USER} and {@code KG_STORE_PASSWORD}, generous timeouts.
     */
    public static KnowledgeStore forUrl(String datasetUrl) {
        return new KnowledgeStore(() -> datasetUrl, toolProperties(datasetUrl));
    }

    /** An embedded store opened by a tool (not the service), with the tools' generous timeouts. */
    public static KnowledgeStore forEmbedded(EmbeddedStore embedded) {
        return local(embedded::dataset, embedded.description(), toolProperties(""));
    }

    private static KgProperties toolProperties(String datasetUrl) {
        Map<String, String> environment = System.getenv();
        return new KgProperties(ServiceIris.DEFAULT_BASE,
                java.nio.file.Path.of("run"), datasetUrl, environment.getOrDefault("KG_STORE_QUERY_URL", ""),
                environment.getOrDefault("KG_STORE_UPDATE_URL", ""), environment.getOrDefault("KG_STORE_GSP_URL", ""),
                environment.getOrDefault("KG_STORE_USER", ""), environment.getOrDefault("KG_STORE_PASSWORD", ""),
                Duration.ofSeconds(10), Duration.ofMinutes(5), 10_000, 16_777_216, null, null);
    }

    /**
     * A connection for loading and dumping (Graph Store Protocol, Update, and the dataset-level operations a Fuseki
     * dataset URL offers); close it after use. On the embedded store each operation is one TDB2 transaction (an
     * update request, however many operations it holds, is applied all or nothing) and what it fetches is a copy.
     */
    public RDFConnection connect() {
        if (local != null) {
            return RDFConnection.connect(DatasetFactory.wrap(local.get()), Isolation.COPY);
        }
        registerCredentials();
        return RDFConnectionRemote.newBuilder()
                .destination(datasetUrl.get())
                .httpClient(httpClient)
                .queryEndpoint(queryEndpoint())
                .updateEndpoint(updateEndpoint())
                .gspEndpoint(graphStoreEndpoint())
                .querySendMode(SEND_MODE)
                .build();
    }

    /**
     * Sets how long an idle connection to a store is kept for reuse, unless set already: shorter than the stores'
     * own idle timeouts (Virtuoso's {@code KeepAliveTimeout} is 10 s, the JDK's default 30 s), so that a request is
     * never sent on a connection the store has closed, which fails with "header parser received no bytes". Call it
     * before the first HTTP client of the JVM is made: the JDK reads it once.
     */
    public static void configureConnectionReuse() {
        if (System.getProperty("jdk.httpclient.keepalive.timeout") == null) {
            System.setProperty("jdk.httpclient.keepalive.timeout", "5");
        }
    }

    /**
     * Runs {@code query} with a time limit and hands its execution to {@code reader}, which must read what it needs
     * before it returns (on the embedded store the execution lives in a read transaction that ends then).
     * {@code tuning} may set what only one kind of store reads: a {@code QueryExecHTTPBuilder}'s parameters and
     * {@code Accept} headers, a {@code QueryExecDatasetBuilder}'s context.
     */
    public <T> T query(Query query, Duration timeout, Consumer<QueryExecBuilder> tuning,
            Function<QueryExec, T> reader) {
        return read(query, Map.of(), timeout, tuning, reader);
    }

    /** The same, with nothing to tune. */
    public <T> T query(Query query, Duration timeout, Function<QueryExec, T> reader) {
        return read(query, Map.of(), timeout, builder -> {}, reader);
    }

    private <T> T read(Query query, Map<Var, Node> substitution, Duration timeout, Consumer<QueryExecBuilder> tuning,
            Function<QueryExec, T> reader) {
        if (local != null) {
            DatasetGraph dataset = local.get();
            return Txn.calculateRead(dataset, () -> {
                QueryExecDatasetBuilder builder = QueryExecDatasetBuilder.create().dataset(dataset).query(query);
                substitution.forEach(builder::substitution);
                builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
                tuning.accept(builder);
                try (QueryExec exec = builder.build()) {
                    return reader.apply(exec);
                }
            });
        }
        registerCredentials();
        return StoreFailure.retryingLostConnection(() -> {
            QueryExecHTTPBuilder builder = QueryExecHTTP.newBuilder().httpClient(httpClient).endpoint(queryEndpoint())
                    .query(query).sendMode(SEND_MODE);
            substitution.forEach(builder::substitution);
            builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            tuning.accept(builder);
            try (QueryExec exec = builder.build()) {
                return reader.apply(exec);
            }
        });
    }

    /**
     * Runs a SELECT query of the library (the service's own, bounded queries: they get the internal timeout, not the
     * public endpoint's); the rows are read before the call returns.
     */
    @Override
    public RowSetRewindable select(NamedQuery named, Map<String, Node> parameters) {
        if (named.name().startsWith("store/")) { // the queries that tell whether the content changed
            return fetch(named, parameters);
        }
        String key = named.name() + parameters;
        CachedRows cached = cache.get(key);
        if (cached == null) {
            long generation = this.generation.get();
            RowSetRewindable rows = fetch(named, parameters);
            List<Binding> bindings = new ArrayList<>();
            rows.forEachRemaining(bindings::add);
            cached = new CachedRows(rows.getResultVars(), List.copyOf(bindings));
            if (cache.size() >= CACHE_ENTRIES) {
                cache.clear();
            }
            // Rows read while the content changed may be the old content's: answer with them, but do not keep them.
            if (this.generation.get() == generation) {
                cache.put(key, cached);
            }
        }
        return RowSetStream.create(cached.vars(), cached.bindings().iterator()).rewindable();
    }

    @Override
    public java.util.OptionalLong contentGeneration() {
        return java.util.OptionalLong.of(generation.get());
    }

    /**
     * Forgets every cached answer: called when the store's content changed. Answers of the library's queries are kept
     * until then, since they are a function of the content and the parameters.
     */
    public void contentChanged() {
        generation.incrementAndGet();
        cache.clear();
    }

    /** Runs a SELECT query of the library on the store as it is now, bypassing the cache (for writers' checks). */
    public RowSetRewindable selectFresh(NamedQuery named, Map<String, Node> parameters) {
        return fetch(named, parameters);
    }

    private RowSetRewindable fetch(NamedQuery named, Map<String, Node> parameters) {
        return bound(named, parameters, exec -> detached(exec.select()));
    }

    /**
     * The rows read in full, each a copy that holds its values: the embedded store's rows read them from the database
     * when asked, which fails once their transaction has ended.
     */
    private static RowSetRewindable detached(org.apache.jena.sparql.exec.RowSet rows) {
        List<Binding> copies = new ArrayList<>();
        rows.forEachRemaining(row -> copies.add(BindingFactory.copy(row)));
        return RowSetStream.create(rows.getResultVars(), copies.iterator()).rewindable();
    }

    private record CachedRows(List<Var> vars, List<Binding> bindings) {}

    /** Runs an ASK query of the library. */
    public boolean ask(NamedQuery named, Map<String, Node> parameters) {
        return bound(named, parameters, QueryExec::ask);
    }

    /** Runs a CONSTRUCT or DESCRIBE query of the library. */
    public Graph construct(NamedQuery named, Map<String, Node> parameters) {
        // both kinds of execution answer a graph in memory, made before the embedded store's transaction ends
        return bound(named, parameters, exec -> named.query().isDescribeType() ? exec.describe() : exec.construct());
    }

    private <T> T bound(NamedQuery named, Map<String, Node> parameters, Function<QueryExec, T> reader) {
        for (String required : named.requiredParameters()) {
            if (!parameters.containsKey(required)) {
                throw new IllegalArgumentException("query " + named.name() + " needs the parameter '" + required + "'");
            }
        }
        Map<Var, Node> substitution = new java.util.HashMap<>();
        parameters.forEach((name, value) -> substitution.put(named.variableOf(name), value));
        return read(named.query(), substitution, properties.internalQueryTimeout(), builder -> {}, reader);
    }
}
