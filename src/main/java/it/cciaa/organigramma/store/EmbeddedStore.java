package it.cciaa.organigramma.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The embedded store: a TDB2 database in the data directory, read and written in this JVM through Jena's
 * {@code RDFLink} over the dataset ({@link KnowledgeStore#local}), behind the same interface that reaches an external
 * store over the SPARQL protocols, so that no view works only one way. It listens on no port: nothing outside the
 * service can write to it, and a read costs no HTTP hop, no serialisation and no parsing.
 */
public final class EmbeddedStore implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedStore.class);
    /** The file, next to the database, that says it changed since its last compaction. */
    public static final String COMPACTION_DUE = "compaction-due";
    /** The file, next to the database, that holds its size in bytes right after its last compaction. */
    static final String COMPACTED_BYTES = "compacted-bytes";
    /**
     * A store marked as changed is compacted at start only past this size and past twice its size after its last
     * compaction: below it there is too little to reclaim to keep the service from answering for the seconds a
     * compaction takes. Sizes are the files' lengths, which TDB2 grows in steps of 8 MB each: an empty store
     * measures about 200 MB so (a freshly seeded Foggia store holds 5 MB of it).
     */
    static final long COMPACT_FROM_BYTES = 512L << 20;

    private final Path databaseDirectory;
    private final long queryTimeoutMillis;
    private final boolean enabled;
    private final long compactFromBytes;
    private DatasetGraph dataset;

    /** {@code enabled} false: the service uses an external store and this one never starts. */
    public EmbeddedStore(Path dataDir, long queryTimeoutMillis, boolean enabled) {
        this(dataDir, queryTimeoutMillis, enabled, COMPACT_FROM_BYTES);
    }

    /** With the size below which a marked store is not compacted at start. */
    EmbeddedStore(Path dataDir, long queryTimeoutMillis, boolean enabled, long compactFromBytes) {
        this.databaseDirectory = dataDir.resolve("tdb2");
        this.queryTimeoutMillis = queryTimeoutMillis;
        this.enabled = enabled;
        this.compactFromBytes = compactFromBytes;
    }

    @Override
    public boolean isAutoStartup() {
        return enabled;
    }

    @Override
    public synchronized void start() {
        DiskSpace.require(databaseDirectory, "the embedded store (" + databaseDirectory + ")");
        try {
            Files.createDirectories(databaseDirectory);
        } catch (java.io.IOException e) {
            throw new SettingException("kg.data-dir (KG_DATA_DIR)", databaseDirectory.getParent().toString(),
                    "the folder cannot be written (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "): "
                    + "give the service's user write access to it, or choose another folder");
        }
        if (!Files.isWritable(databaseDirectory)) {
            throw new SettingException("kg.data-dir (KG_DATA_DIR)", databaseDirectory.getParent().toString(),
                    "the folder cannot be written: give the service's user write access to it, or choose another "
                    + "folder");
        }
        dataset = DatabaseMgr.connectDatasetGraph(databaseDirectory.toString());
        compactIfDue();
        // The store runs no SERVICE calls and stops any query that outlives the internal timeout; the public endpoint
        // sets its shorter one on each query.
        // The timeout is the store's, not the JVM's: every query with a timeout leaves a task in ARQ's timer queue
        // until it would have fired, and the in-memory validation runs thousands of SHACL-SPARQL queries.
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeoutMillis + 1000));
        dataset.getContext().set(ARQConstants.sysOptimizerFactory, MemoizedExists.OPTIMIZER);
        LOG.info("Embedded store: TDB2 at {}, read and written in this process (no port)", databaseDirectory);
    }

    @Override
    public synchronized void stop() {
        if (dataset != null) {
            dataset.close();
            dataset = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return dataset != null;
    }

    /** Starts before the beans that use the store. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 100;
    }

    /**
     * Marks the database for compaction at the next start: TDB2 only ever appends, so its disk grows with every change
     * until compacted. Compaction runs before the server serves, never under a live server: with transactions
     * coming and going, TDB2's switch to exclusive mode can wait forever and stop every reader and writer behind it
     * (apache/jena#3488, seen here under the national benchmark). Cheap and idempotent: a file in the data directory.
     */
    public void markCompactionDue() {
        try {
            Files.writeString(compactionDue(), java.time.Instant.now().toString());
        } catch (java.io.IOException e) {
            LOG.warn("Cannot mark the embedded store for compaction at the next start: {}", e.toString());
        }
    }

    private Path compactionDue() {
        return databaseDirectory.resolveSibling(COMPACTION_DUE);
    }

    /**
     * Compacts the database opened by {@link #start()} when a change since the last compaction marked it due and it has
     * grown past {@link #COMPACT_FROM_BYTES} and past twice its size after its last compaction; else the mark stays.
     */
    private void compactIfDue() {
        if (!Files.exists(compactionDue())) {
            return;
        }
        long size = diskBytes();
        long threshold = Math.max(compactFromBytes, 2 * compactedBytes(databaseDirectory));
        if (size >= 0 && size < threshold) {
            LOG.info("Compaction due but not worth a slower start: {} MB on disk, compacted from {} MB",
                    size >> 20, threshold >> 20);
            return;
        }
        long start = System.nanoTime();
        try {
            compact(dataset, databaseDirectory);
        } catch (DiskSpace.Exhausted full) {
            LOG.warn("Compaction skipped, the store runs as it is and is compacted at a later start: {}",
                    full.getMessage());
            return;
        }
        LOG.info("Compacted the embedded store (changed since its last compaction) in {} ms",
                (System.nanoTime() - start) / 1_000_000);
    }

    /** Compacts the TDB2 database in {@code databaseDirectory}, which no server may be using ({@code compact}). */
    public static void compactStopped(Path databaseDirectory) {
        DatasetGraph stopped = DatabaseMgr.connectDatasetGraph(databaseDirectory.toString());
        try {
            compact(stopped, databaseDirectory);
        } finally {
            stopped.close();
        }
    }

    /** Compacts in place (the old storage generation deleted) and clears the mark that said it was due. */
    private static void compact(DatasetGraph database, Path databaseDirectory) {
        // a compaction writes a new copy of the live data before it deletes the old one
        DiskSpace.require(databaseDirectory, diskBytes(databaseDirectory) + DiskSpace.MARGIN,
                "compacting the embedded store (" + databaseDirectory + ")");
        DatabaseMgr.compact(database, true);
        Path due = databaseDirectory.resolveSibling(COMPACTION_DUE);
        try {
            Files.writeString(databaseDirectory.resolveSibling(COMPACTED_BYTES),
                    Long.toString(diskBytes(databaseDirectory)));
            Files.deleteIfExists(due);
        } catch (java.io.IOException e) {
            LOG.warn("Cannot clear the compaction mark {}: {}", due, e.toString());
        }
    }

    /** The size of the database right after its last compaction; 0 when never compacted or unreadable. */
    private static long compactedBytes(Path databaseDirectory) {
        try {
            return Long.parseLong(Files.readString(databaseDirectory.resolveSibling(COMPACTED_BYTES)).strip());
        } catch (java.io.IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** The disk the database takes now, in bytes. */
    public long diskBytes() {
        return diskBytes(databaseDirectory);
    }

    /** The bytes of the files under {@code directory}; -1 when it cannot be read. */
    public static long diskBytes(Path directory) {
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /** The open dataset, opened now if the service has not started it yet. */
    public synchronized DatasetGraph dataset() {
        if (dataset == null) {
            start();
        }
        return dataset;
    }

    /** Where the database lies, for logs and the administration page. */
    public String description() {
        return "embedded TDB2 store at " + databaseDirectory;
    }
}
