package it.cciaa.organigramma.store;

import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Backs up a whole store to N-Quads (gzipped when the file name ends in {@code .gz}) and restores it: the embedded
 * store's TDB2 database, opened directly inside one transaction, or any store reached by its SPARQL dataset URL.
 *
 * <pre>{@code
 * StoreBackup.ofDatabase(Path.of("run")).backup(Path.of("/backups/kg.nq.gz"));
 * StoreBackup.ofDatabase(Path.of("other")).restore(Path.of("/backups/kg.nq.gz"), true);
 * }</pre>
 *
 * A restore into a TDB2 database is atomic (one write transaction). A restore into a store by URL writes one graph at
 * a time with the Graph Store Protocol: on a generic store it is not atomic across graphs, and a failure half way
 * leaves some graphs restored and others not.
 */
public final class StoreBackup {
    private static final NamedQueries QUERIES = NamedQueries.load();

    private final Path dataDir;
    private final String storeUrl;

    private StoreBackup(Path dataDir, String storeUrl) {
        this.dataDir = dataDir;
        this.storeUrl = storeUrl;
    }

    /** The embedded store's database: {@code dataDir/tdb2}. No service may be running on it. */
    public static StoreBackup ofDatabase(Path dataDir) {
        return new StoreBackup(dataDir, null);
    }

    /** A store reached over the SPARQL protocols at its dataset URL (a running service's store, Fuseki, …). */
    public static StoreBackup ofStore(String storeUrl) {
        return new StoreBackup(null, storeUrl);
    }

    /** What a backup or a restore moved: graphs with triples (the default graph counts when it has any) and quads. */
    public record Counts(long graphs, long quads) {}

    /** Why the store or the backup file cannot be used; the message is for the person at the command line. */
    public static final class BackupRefused extends Exception {
        public BackupRefused(String message) {
            super(message);
        }
    }

    /** Writes every quad of the store to {@code out}, atomically (a temporary file moved into place). */
    public Counts backup(Path out) throws BackupRefused, IOException {
        if (storeUrl != null) {
            DatasetGraph fetched = fetchRemote();
            return writeAtomically(fetched, out);
        }
        Path database = dataDir.resolve("tdb2");
        if (!Files.isDirectory(database)) {
            throw new BackupRefused("no database at " + database);
        }
        DatasetGraph store = connect(database);
        try {
            return Txn.calculateRead(store, () -> {
                try {
                    return writeAtomically(store, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            TDBInternal.expel(store);
        }
    }

    /**
     * Loads a backup into the store. The whole file is parsed first: a malformed file is refused before the store is
     * touched. A store that holds anything is refused unless {@code replace}, which clears it first.
     */
    public Counts restore(Path backupFile, boolean replace) throws BackupRefused, IOException {
        DatasetGraph backup = read(backupFile);
        Counts counts = countsOf(backup);
        if (storeUrl != null) {
            restoreRemote(backup, replace);
            return counts;
        }
        Path database = dataDir.resolve("tdb2");
        Files.createDirectories(database);
        DatasetGraph store = connect(database);
        try {
            boolean written = Txn.calculateWrite(store, () -> {
                if (!store.isEmpty()) {
                    if (!replace) {
                        return false;
                    }
                    store.clear();
                }
                backup.find().forEachRemaining(store::add);
                return true;
            });
            if (!written) {
                throw new BackupRefused("the store at " + database + " is not empty: use --replace to replace its "
                        + "content with the backup");
            }
            return counts;
        } finally {
            TDBInternal.expel(store);
        }
    }

    /** Parses a whole N-Quads backup into memory; a syntax error is refused with its line. */
    static DatasetGraph read(Path backupFile) throws BackupRefused, IOException {
        if (!Files.isRegularFile(backupFile)) {
            throw new BackupRefused(backupFile + ": no such file");
        }
        DatasetGraph backup = DatasetGraphFactory.createTxnMem();
        try (InputStream in = open(backupFile)) {
            RDFParser.source(in).lang(Lang.NQUADS).errorHandler(FAIL_ON_ERROR).parse(backup);
        } catch (RiotException e) {
            throw new BackupRefused(backupFile + ": not a valid N-Quads backup: " + e.getMessage());
        }
        return backup;
    }

    private static final ErrorHandler FAIL_ON_ERROR = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long column) {
            // A warning (an unusual IRI or language tag) does not stop a restore: the data was in the store.
        }

        @Override
        public void error(String message, long line, long column) {
            throw new RiotException("line " + line + ", column " + column + ": " + message);
        }

        @Override
        public void fatal(String message, long line, long column) {
            error(message, line, column);
        }
    };

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }

    /** Opens the database; another process holding it (a running service) is refused with what to do instead. */
    private static DatasetGraph connect(Path database) throws BackupRefused {
        try {
            return DatabaseMgr.connectDatasetGraph(database.toString());
        } catch (DBOpEnvException e) {
            if (e instanceof AlreadyLocked || String.valueOf(e.getMessage()).contains("lock")) {
                throw new BackupRefused("the database at " + database + " is in use by a running service: stop it, "
                        + "or use --store-url");
            }
            throw e;
        }
    }

    private static Counts writeAtomically(DatasetGraph dataset, Path out) throws IOException {
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".backup-", ".part");
        try {
            long quads = 0;
            try (OutputStream file = Files.newOutputStream(temporary);
                 OutputStream stream = target.getFileName().toString().endsWith(".gz")
                         ? new GZIPOutputStream(file) : file) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(stream, RDFFormat.NQUADS);
                writer.start();
                for (Iterator<Quad> all = dataset.find(); all.hasNext(); quads++) {
                    writer.quad(all.next());
                }
                writer.finish();
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Counts(graphsOf(dataset), quads);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Counts countsOf(DatasetGraph dataset) {
        return new Counts(graphsOf(dataset), dataset.stream().count());
    }

    private static long graphsOf(DatasetGraph dataset) {
        long named = 0;
        for (Iterator<Node> names = dataset.listGraphNodes(); names.hasNext(); names.next()) {
            named++;
        }
        return named + (dataset.getDefaultGraph().isEmpty() ? 0 : 1);
    }

    /** The whole dataset in one request (Fuseki), or graph by graph with the Graph Store Protocol. */
    private DatasetGraph fetchRemote() throws BackupRefused {
        KnowledgeStore store = remoteStore();
        try (RDFConnection connection = store.connect()) {
            try {
                return connection.fetchDataset().asDatasetGraph();
            } catch (HttpException | RiotException wholeDatasetRefused) {
                Dataset dataset = DatasetFactory.createTxnMem();
                if (!StoreEngine.isVirtuoso(store)) { // Virtuoso's default graph is the union of the named ones
                    dataset.setDefaultModel(fetchDefaultGraph(connection));
                }
                for (String graph : namedGraphs(store)) {
                    dataset.addNamedModel(graph, connection.fetch(graph));
                }
                return dataset.asDatasetGraph();
            }
        } catch (HttpException e) {
            throw new BackupRefused("cannot read the store at " + storeUrl + ": " + e.getMessage());
        }
    }

    private static org.apache.jena.rdf.model.Model fetchDefaultGraph(RDFConnection connection) {
        try {
            return connection.fetch();
        } catch (HttpException e) {
            if (e.getStatusCode() == 404) {
                return ModelFactory.createDefaultModel();
            }
            throw e;
        }
    }

    /** Graph by graph: the backup's graphs are put, then (with {@code replace}) the store's other graphs deleted. */
    private void restoreRemote(DatasetGraph backup, boolean replace) throws BackupRefused {
        KnowledgeStore store = remoteStore();
        try (RDFConnection connection = store.connect()) {
            boolean virtuoso = StoreEngine.isVirtuoso(store);
            if (virtuoso && !backup.getDefaultGraph().isEmpty()) {
                throw new BackupRefused("the backup has triples in its default graph, which Virtuoso does not keep "
                        + "apart (its default graph is the union of the named ones): nothing was restored");
            }
            if (!replace && store.ask(query("store/has-content"), Map.of())) {
                throw new BackupRefused("the store at " + storeUrl + " is not empty: use --replace to replace its "
                        + "content with the backup");
            }
            List<String> before = replace ? namedGraphs(store) : List.of();
            Set<String> restored = new HashSet<>();
            for (Iterator<Node> names = backup.listGraphNodes(); names.hasNext(); ) {
                Node name = names.next();
                connection.put(name.getURI(), ModelFactory.createModelForGraph(backup.getGraph(name)));
                restored.add(name.getURI());
            }
            if (!backup.getDefaultGraph().isEmpty()) {
                connection.put(ModelFactory.createModelForGraph(backup.getDefaultGraph()));
            } else if (replace && !virtuoso) {
                connection.put(ModelFactory.createDefaultModel());
            }
            for (String graph : before) {
                if (!restored.contains(graph)) {
                    connection.delete(graph);
                }
            }
        } catch (HttpException e) {
            throw new BackupRefused("cannot write to the store at " + storeUrl + ": " + e.getMessage());
        }
    }

    private static List<String> namedGraphs(KnowledgeStore store) {
        RowSetRewindable rows = store.select(query("store/named-graphs"), Map.of());
        List<String> graphs = new ArrayList<>();
        rows.forEachRemaining(row -> graphs.add(row.get("graph").getURI()));
        return graphs;
    }

    private static NamedQuery query(String name) {
        return QUERIES.find(name).orElseThrow(() -> new IllegalStateException("no query " + name));
    }

    private KnowledgeStore remoteStore() {
        return KnowledgeStore.forUrl(storeUrl);
    }
}
