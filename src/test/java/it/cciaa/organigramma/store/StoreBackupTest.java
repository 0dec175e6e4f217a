package it.cciaa.organigramma.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.project.ProjectResources;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreBackupTest {
    private static Dataset foggia;

    @TempDir
    Path directory;

    @BeforeAll
    static void importFoggia() throws Exception {
        foggia = new AllegatoImporter(ImportOptions.defaults())
                .importDocument(ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT), "allegato-c-cciaa-foggia.txt")
                .dataset();
    }

    /** A data directory whose TDB2 database holds the Foggia import, closed again as a stopped service leaves it. */
    static Path storeOfFoggia(Path dataDir) {
        withDatabase(dataDir, store -> Txn.executeWrite(store, () -> foggia.asDatasetGraph().find().forEachRemaining(store::add)));
        return dataDir;
    }

    static void withDatabase(Path dataDir, Consumer<DatasetGraph> action) {
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(dataDir.resolve("tdb2").toString());
        try {
            action.accept(store);
        } finally {
            TDBInternal.expel(store);
        }
    }

    static DatasetGraph contentOf(Path dataDir) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        withDatabase(dataDir, store -> Txn.executeRead(store, () -> store.find().forEachRemaining(copy::add)));
        return copy;
    }

    @Test
    void backupRestoredIntoAnotherDatabaseGivesAnIsomorphicStore() throws Exception {
        Path source = storeOfFoggia(directory.resolve("source"));
        Path backupFile = directory.resolve("backups/kg.nq");

        StoreBackup.Counts written = StoreBackup.ofDatabase(source).backup(backupFile);
        StoreBackup.Counts restored = StoreBackup.ofDatabase(directory.resolve("target")).restore(backupFile, false);

        long namedGraphs = foggia.asDatasetGraph().stream().map(q -> q.getGraph()).distinct().count();
        assertEquals(new StoreBackup.Counts(namedGraphs, foggia.asDatasetGraph().stream().count()), written);
        assertEquals(written, restored);
        assertTrue(IsoMatcher.isomorphic(contentOf(source), contentOf(directory.resolve("target"))));
        assertTrue(IsoMatcher.isomorphic(foggia.asDatasetGraph(), contentOf(directory.resolve("target"))));
        try (var files = Files.list(backupFile.getParent())) {
            assertEquals(List.of(backupFile), files.toList(), "no temporary file is left next to the backup");
        }
    }

    @Test
    void gzippedBackupRoundTrips() throws Exception {
        Path source = storeOfFoggia(directory.resolve("source"));
        Path backupFile = directory.resolve("kg.nq.gz");

        StoreBackup.ofDatabase(source).backup(backupFile);
        StoreBackup.ofDatabase(directory.resolve("target")).restore(backupFile, false);

        byte[] head = Files.readAllBytes(backupFile);
        assertEquals(0x1f, head[0] & 0xff, "gzip magic number");
        assertEquals(0x8b, head[1] & 0xff, "gzip magic number");
        assertTrue(IsoMatcher.isomorphic(contentOf(source), contentOf(directory.resolve("target"))));
    }

    @Test
    void malformedBackupIsRefusedWithItsLineAndLeavesTheStoreAsItWas() throws Exception {
        Path target = storeOfFoggia(directory.resolve("target"));
        DatasetGraph before = contentOf(target);
        Path backupFile = directory.resolve("broken.nq");
        Files.writeString(backupFile, """
                <https://example.org/a> <https://example.org/p> "one" <https://example.org/g> .
                <https://example.org/b> <https://example.org/p> "two" <https://example.org/g> .
                <https://example.org/c> <https://example.org/p> three <https://example.org/g> .
                """);

        StoreBackup.BackupRefused refused = assertThrows(StoreBackup.BackupRefused.class,
                () -> StoreBackup.ofDatabase(target).restore(backupFile, true));

        assertTrue(refused.getMessage().contains("line 3"), refused.getMessage());
        assertTrue(IsoMatcher.isomorphic(before, contentOf(target)));
    }

    @Test
    void restoreIntoANonEmptyStoreWithoutReplaceIsRefused() throws Exception {
        Path target = storeOfFoggia(directory.resolve("target"));
        Path backupFile = directory.resolve("small.nq");
        Files.writeString(backupFile,
                "<https://example.org/a> <https://example.org/p> \"one\" <https://example.org/g> .\n");

        StoreBackup.BackupRefused refused = assertThrows(StoreBackup.BackupRefused.class,
                () -> StoreBackup.ofDatabase(target).restore(backupFile, false));

        assertTrue(refused.getMessage().contains("not empty"), refused.getMessage());
        assertTrue(refused.getMessage().contains("--replace"), refused.getMessage());
        assertTrue(IsoMatcher.isomorphic(foggia.asDatasetGraph(), contentOf(target)));
    }

    @Test
    void restoreWithReplaceClearsTheStoreFirst() throws Exception {
        Path target = storeOfFoggia(directory.resolve("target"));
        Path backupFile = directory.resolve("small.nq");
        Files.writeString(backupFile,
                "<https://example.org/a> <https://example.org/p> \"one\" <https://example.org/g> .\n");

        StoreBackup.ofDatabase(target).restore(backupFile, true);

        DatasetGraph after = contentOf(target);
        assertEquals(1, after.stream().count());
        assertFalse(after.containsGraph(foggia.listModelNames().next().asNode()));
    }

    @Test
    void backupOfAMissingDatabaseIsRefused() {
        StoreBackup.BackupRefused refused = assertThrows(StoreBackup.BackupRefused.class,
                () -> StoreBackup.ofDatabase(directory.resolve("nothing")).backup(directory.resolve("kg.nq")));

        assertTrue(refused.getMessage().contains("no database"), refused.getMessage());
        assertFalse(Files.exists(directory.resolve("kg.nq")));
    }

    @Test
    void backupOfADatabaseHeldByAnotherProcessSaysItIsInUse() throws Exception {
        Path source = storeOfFoggia(directory.resolve("source"));
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DatabaseHolder.class.getName(),
                source.resolve("tdb2").toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = output.readLine()) != null && !line.equals(DatabaseHolder.READY)) {
                // the holder's start-up output
            }
            assertEquals(DatabaseHolder.READY, line, "the holding process opened the database");

            StoreBackup.BackupRefused refused = assertThrows(StoreBackup.BackupRefused.class,
                    () -> StoreBackup.ofDatabase(source).backup(directory.resolve("kg.nq")));

            assertTrue(refused.getMessage().contains("in use by a running service: stop it, or use --store-url"),
                    refused.getMessage());
            assertFalse(Files.exists(directory.resolve("kg.nq")));
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    /** Another JVM holding a TDB2 database open, as a running service does, until its standard input closes. */
    static final class DatabaseHolder {
        static final String READY = "database open";

        public static void main(String[] args) throws Exception {
            DatasetGraph store = DatabaseMgr.connectDatasetGraph(args[0]);
            Txn.executeRead(store, () -> store.find().hasNext());
            System.out.println(READY);
            System.out.flush();
            System.in.readAllBytes();
            TDBInternal.expel(store);
        }
    }
}
