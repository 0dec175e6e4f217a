package it.cciaa.organigramma.sparql;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import it.cciaa.organigramma.capacity.Claimant;
import it.cciaa.organigramma.capacity.FairSlots;
import it.cciaa.organigramma.store.KgProperties;
import it.cciaa.organigramma.store.KnowledgeStore;
import it.cciaa.organigramma.store.MemoryPressure;
import it.cciaa.organigramma.store.StoreEngine;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.modify.TemplateLib;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Runs admitted public queries on the store with a time limit that stops the work, and the answer is read in full
 * within a deadline before anything reaches the client, so a stopped query is a clean 503, never a 200 with a broken
 * body. At most {@value #CONCURRENT_QUERIES} public queries run at once, at most half of them from one client
 * ({@link FairSlots}).
 *
 * <p>On an external store the HTTP call times out and the store is asked to stop by itself (its {@code timeout}
 * parameter). On the embedded store the query runs in this JVM, bounded in every dimension:
 * <ul>
 *   <li>time: ARQ's timeout stops it between two solutions, and {@code REGEX}/{@code REPLACE} stop inside one call
 *       ({@link BoundedRegex}), so no thread keeps working after the 503;</li>
 *   <li>memory: {@code ORDER BY} with the row cap keeps only the top rows, larger sorts and {@code DISTINCT} spill to
 *       disk past {@value #SPILL_ROWS} rows, and when the heap fills all the same ({@link MemoryPressure}) the
 *       running public queries are stopped with a 503;</li>
 *   <li>code: only SPARQL's functions, the XSD casts and the bounded regex are known, property functions are off.</li>
 * </ul>
 * The worker thread of an embedded query is never interrupted: an interrupt closes the file channels TDB2 reads.
 */
@Component
public class PublicQueryRunner {
    static final int CONCURRENT_QUERIES = 4;
    /** Time left to the store to send its own "timed out" before the deadline of this side cuts the call. */
    private static final Duration GRACE = Duration.ofSeconds(1);
    /** Rows from the store: binary RDF Thrift (Fuseki) reads four times faster than JSON; JSON, XML from others. */
    private static final String STORE_RESULTS = WebContent.contentTypeResultsThrift + ", "
            + WebContent.contentTypeResultsJSON + ";q=0.9, " + WebContent.contentTypeResultsXML + ";q=0.8";

    private final KnowledgeStore store;
    private final StoreEngine engine;
    private final Duration timeout;
    private final int maxRows;
    private final ErrorTranslator errors;
    private final MeterRegistry meters;
    /** One client holds at most half of them; the public chain reads no credentials, so none is kept for editors. */
    private final FairSlots permits;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    /** Rows a sort or a {@code DISTINCT} of an embedded query holds in memory before it spills to disk. */
    static final long SPILL_ROWS = 50_000;
    /** The embedded queries running now, to stop when the heap fills. */
    private final Set<QueryExec> running = ConcurrentHashMap.newKeySet();
    /** Those stopped because the heap filled. */
    private final Set<QueryExec> stoppedForMemory = ConcurrentHashMap.newKeySet();

    public PublicQueryRunner(KnowledgeStore store, StoreEngine engine, KgProperties properties, MeterRegistry meters,
            MemoryPressure memory, @Value("${kg.slots-per-client:}") String slotsPerClient) {
        this.permits = new FairSlots(CONCURRENT_QUERIES, 0, FairSlots.perClient(slotsPerClient));
        this.store = store;
        this.engine = engine;
        this.timeout = properties.queryTimeout();
        this.maxRows = properties.maxRows();
        this.errors = new ErrorTranslator(timeout);
        this.meters = meters;
        memory.onPressure(this::stopAllForMemory);
    }

    private void stopAllForMemory() {
        for (QueryExec exec : running) {
            if (stoppedForMemory.add(exec)) {
                exec.abort();
            }
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** Runs the query and reads its answer, or throws {@link SparqlRequestException} (502, 503). */
    public QueryAnswer run(AdmittedQuery admitted) {
        long start = System.nanoTime();
        String outcome = "error";
        try {
            QueryAnswer answer = runWithinDeadline(admitted, start);
            outcome = answer.cutAtRowLimit() ? "truncated" : "ok";
            return answer;
        } catch (SparqlRequestException e) {
            outcome = e.status() == HttpStatus.SERVICE_UNAVAILABLE ? "stopped" : "failed";
            throw e;
        } finally {
            Timer.builder("sparql.public.query").description("Public SPARQL queries, by form and outcome")
                    .tag("form", admitted.form().toLowerCase(Locale.ROOT)).tag("outcome", outcome)
                    .register(meters).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /** The time limit of a public query, e.g. "2 s". */
    public String timeoutText() {
        return ErrorTranslator.seconds(timeout);
    }

    private QueryAnswer runWithinDeadline(AdmittedQuery admitted, long start) {
        FairSlots.Slot permit;
        try {
            permit = permits.take(Claimant.current(), timeout);
        } catch (FairSlots.Refused refused) {
            if (refused.reason() == FairSlots.Reason.OWN_SHARE) {
                throw new SparqlRequestException(HttpStatus.TOO_MANY_REQUESTS, "Da questo indirizzo sono già in corso "
                        + refused.share() + " query, il massimo per un client: attendere che finiscano. / "
                        + refused.share() + " queries from this address are already running, the most one client "
                        + "may have: wait for them to end.");
            }
            throw new SparqlRequestException(HttpStatus.SERVICE_UNAVAILABLE, "Troppe query in corso: riprovare "
                    + "fra poco. / Too many queries running: try again shortly.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw errors.stopped();
        }
        try {
            Future<QueryAnswer> work = workers.submit(() -> read(admitted));
            // An external store's reader is interrupted, which closes its connection (the store has been told to stop
            // by itself too); an embedded one stops by its own timeout, and an interrupt would harm TDB2.
            boolean interrupt = !store.isLocal();
            try {
                return work.get(timeout.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                work.cancel(interrupt);
                throw errors.stopped();
            } catch (InterruptedException e) {
                work.cancel(interrupt);
                Thread.currentThread().interrupt();
                throw errors.stopped();
            } catch (ExecutionException e) {
                throw errors.translate(e.getCause(), Duration.ofNanos(System.nanoTime() - start));
            }
        } finally {
            permit.close();
        }
    }

    private QueryAnswer read(AdmittedQuery admitted) {
        Query asked = admitted.query();
        Query sent = store.isLocal() ? BoundedRegex.bounded(admitted.storeQuery()) : admitted.storeQuery();
        long deadline = System.nanoTime() + timeout.toNanos();
        BoundedRegex.THREAD_DEADLINE.set(deadline);
        try {
            return store.query(sent, timeout, this::tune, exec -> read(exec, asked));
        } finally {
            BoundedRegex.THREAD_DEADLINE.remove();
        }
    }

    /** Reads the answer, and says so when the query was stopped because the heap filled. */
    private QueryAnswer read(QueryExec exec, Query asked) {
        running.add(exec);
        try {
            return answer(exec, asked);
        } catch (QueryCancelledException e) {
            if (stoppedForMemory.contains(exec)) {
                throw new SparqlRequestException(HttpStatus.SERVICE_UNAVAILABLE, "Query interrotta: la memoria del "
                        + "servizio si stava esaurendo. Restringerla (LIMIT, filtri, un solo GRAPH). / query stopped: "
                        + "the service was running out of memory. Narrow it (LIMIT, filters, one GRAPH).");
            }
            throw e;
        } finally {
            running.remove(exec);
            stoppedForMemory.remove(exec);
        }
    }

    /** What the two kinds of store read: an external one its timeout and formats, the embedded one its bounds. */
    private void tune(QueryExecBuilder builder) {
        if (builder instanceof QueryExecHTTPBuilder http) {
            http.param("timeout", engine.timeoutParameter(timeout))
                    .acceptHeaderSelectQuery(STORE_RESULTS)
                    .acceptHeaderGraph(WebContent.contentTypeNTriples);
        } else {
            // added to the dataset's own context (TDB2 keeps its query engine's settings there), not replacing it
            builder.set(ARQConstants.registryFunctions, PUBLIC_FUNCTIONS);
            builder.set(ARQ.enablePropertyFunctions, false);
            builder.set(ARQ.spillToDiskThreshold, SPILL_ROWS);
            // ORDER BY under the row cap keeps the top rows only, however many solutions the pattern has
            builder.set(ARQ.topNSortingThreshold, maxRows + 2);
        }
    }

    /** SPARQL's casts and the bounded regex; any other function IRI, {@code java:} included, is unknown. */
    private static final FunctionRegistry PUBLIC_FUNCTIONS = publicFunctions();

    private static FunctionRegistry publicFunctions() {
        FunctionRegistry standard = FunctionRegistry.get();
        FunctionRegistry registry = new FunctionRegistry() {
            @Override
            public FunctionFactory get(String uri) {
                return super.isRegistered(uri) ? super.get(uri) : null; // never loads a java: class
            }
        };
        for (String cast : ExtensionFunctions.ALLOWED) {
            if (standard.isRegistered(cast)) {
                registry.put(cast, standard.get(cast));
            }
        }
        BoundedRegex.register(registry);
        return registry;
    }

    private QueryAnswer answer(QueryExec exec, Query asked) {
        if (asked.isAskType()) {
            return new QueryAnswer.Verdict(exec.ask());
        }
        if (asked.isDescribeType()) {
            return capped(exec.describeTriples(), asked, false);
        }
        RowSet rowSet = exec.select();
        List<Binding> rows = new ArrayList<>();
        boolean cut = false;
        // The store's LIMIT is maxRows + 1, so reading to the end is bounded and leaves no half-read stream.
        while (rowSet.hasNext()) {
            Binding row = rowSet.next();
            if (rows.size() < maxRows) {
                rows.add(BindingFactory.copy(row)); // an embedded store's row reads its values in its transaction
            } else {
                cut = true;
            }
        }
        if (asked.isSelectType()) {
            return new QueryAnswer.Solutions(rowSet.getResultVars(), rows, cut);
        }
        return capped(TemplateLib.calcTriples(asked.getConstructTemplate().getTriples(), rows.iterator()), asked, cut);
    }

    /** At most maxRows distinct, well-formed triples; the rest is read and counted as cut. */
    private QueryAnswer capped(Iterator<Triple> source, Query asked, boolean alreadyCut) {
        Set<Triple> triples = new LinkedHashSet<>();
        boolean cut = alreadyCut;
        while (source.hasNext()) {
            Triple triple = source.next();
            if (!isRdf(triple) || triples.contains(triple)) {
                continue;
            }
            if (triples.size() < maxRows) {
                triples.add(triple);
            } else {
                cut = true;
            }
        }
        return new QueryAnswer.Triples(List.copyOf(triples), asked.getPrefixMapping(), cut);
    }

    /** A template filled with an unbound variable or a literal subject yields no triple (SPARQL 1.1, 16.2). */
    private static boolean isRdf(Triple triple) {
        return triple.isConcrete() && !triple.getSubject().isLiteral() && triple.getPredicate().isURI();
    }
}
