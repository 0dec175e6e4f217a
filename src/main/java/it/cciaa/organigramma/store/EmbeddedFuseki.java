package it.cciaa.organigramma.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The embedded store: Apache Jena Fuseki over a TDB2 database in the data directory, listening on the loopback
 * interface only. The web layer talks to it over the SPARQL protocols, exactly as it talks to an external store, so
 * that no view works only embedded; the public never reaches it directly.
 */
public final class EmbeddedFuseki implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedFuseki.class);
    /** The dataset's path on the embedded server. */
    public static final String DATASET = "/ds";

    private final Path databaseDirectory;
    private final long queryTimeoutMillis;
    private final boolean enabled;
    private FusekiServer server;
    private DatasetGraph dataset;

    /** {@code enabled} false: the service uses an external store and this one never starts. */
    public EmbeddedFuseki(Path dataDir, long queryTimeoutMillis, boolean enabled) {
        this.databaseDirectory = dataDir.resolve("tdb2");
        this.queryTimeoutMillis = queryTimeoutMillis;
        this.enabled = enabled;
    }

    @Override
    public boolean isAutoStartup() {
        return enabled;
    }

    @Override
    public synchronized void start() {
        try {
            Files.createDirectories(databaseDirectory);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the data directory " + databaseDirectory, e);
        }
        dataset = DatabaseMgr.connectDatasetGraph(databaseDirectory.toString());
        server = FusekiServer.create()
                .loopback(true)
                .port(0)
                .add(DATASET, dataset)
                .build();
        // The store runs no SERVICE calls and stops any query that outlives the internal timeout; the public endpoint
        // asks for its shorter one on each query (Fuseki's timeout parameter).
        // The timeout is the store's, not the JVM's: every query with a timeout leaves a task in ARQ's timer queue
        // until it would have fired, and the in-memory validation runs thousands of SHACL-SPARQL queries.
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeoutMillis + 1000));
        server.start();
        LOG.info("Embedded Fuseki over TDB2 at {} on http://127.0.0.1:{}{}", databaseDirectory, server.getHttpPort(),
                DATASET);
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
        if (dataset != null) {
            dataset.close();
            dataset = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Starts before the beans that use the store. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 100;
    }

    /**
     * Compacts the TDB2 database in place (a new storage generation with only the live data; the old one deleted):
     * readers go on meanwhile, writers wait. TDB2 only ever appends, so without this its disk grows with every
     * publication.
     */
    public synchronized void compact() {
        if (dataset != null) {
            DatabaseMgr.compact(dataset, true);
        }
    }

    /** The disk the database takes now, in bytes. */
    public long diskBytes() {
        try (var files = Files.walk(databaseDirectory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /** The dataset URL of the running server. */
    public synchronized String datasetUrl() {
        if (server == null) {
            start();
        }
        return "http://127.0.0.1:" + server.getHttpPort() + DATASET;
    }
}
