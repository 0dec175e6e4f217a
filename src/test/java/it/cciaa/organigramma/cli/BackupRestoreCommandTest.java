package it.cciaa.organigramma.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.project.ProjectResources;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.fuseki.main.FusekiServer;
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
import picocli.CommandLine;

class BackupRestoreCommandTest {
    private static Dataset foggia;

    @TempDir
    Path directory;

    @BeforeAll
    static void importFoggia() throws Exception {
        foggia = new AllegatoImporter(ImportOptions.defaults())
                .importDocument(ProjectResources.bytes(ProjectResources.FOGGIA_DOCUMENT), "allegato-c-cciaa-foggia.txt")
                .dataset();
    }

    private record Run(int exitCode, String errors) {}

    private static Run run(Callable<Integer> command, String... arguments) {
        StringWriter errors = new StringWriter();
        CommandLine line = new CommandLine(command);
        line.setErr(new PrintWriter(errors, true));
        return new Run(line.execute(arguments), errors.toString());
    }

    private Path databaseOfFoggia(String name) {
        Path dataDir = directory.resolve(name);
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(dataDir.resolve("tdb2").toString());
        Txn.executeWrite(store, () -> foggia.asDatasetGraph().find().forEachRemaining(store::add));
        TDBInternal.expel(store);
        return dataDir;
    }

    private static DatasetGraph contentOf(Path dataDir) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(dataDir.resolve("tdb2").toString());
        Txn.executeRead(store, () -> store.find().forEachRemaining(copy::add));
        TDBInternal.expel(store);
        return copy;
    }

    @Test
    void backupAndRestoreOfADataDirectoryPrintCountsAndExitZero() {
        Path source = databaseOfFoggia("source");
        Path backupFile = directory.resolve("kg.nq.gz");

        Run backup = run(new BackupCommand(), "--data-dir", source.toString(), "--out", backupFile.toString());
        Run restore = run(new RestoreCommand(), "--data-dir", directory.resolve("target").toString(),
                backupFile.toString());

        assertEquals(0, backup.exitCode(), backup.errors());
        assertTrue(backup.errors().matches("(?s)backed up .*: \\d+ graphs, " + foggia.asDatasetGraph().stream().count()
                + " quads\\s*"), backup.errors());
        assertEquals(0, restore.exitCode(), restore.errors());
        assertTrue(restore.errors().contains("restored "), restore.errors());
        assertTrue(IsoMatcher.isomorphic(foggia.asDatasetGraph(), contentOf(directory.resolve("target"))));
    }

    @Test
    void restoreIntoANonEmptyStoreExitsTwoUnlessReplace() throws Exception {
        Path target = databaseOfFoggia("target");
        Path backupFile = directory.resolve("small.nq");
        Files.writeString(backupFile,
                "<https://example.org/a> <https://example.org/p> \"one\" <https://example.org/g> .\n");

        Run refused = run(new RestoreCommand(), "--data-dir", target.toString(), backupFile.toString());
        Run replaced = run(new RestoreCommand(), "--data-dir", target.toString(), backupFile.toString(), "--replace");

        assertEquals(2, refused.exitCode());
        assertTrue(refused.errors().startsWith("error: "), refused.errors());
        assertTrue(refused.errors().contains("--replace"), refused.errors());
        assertEquals(0, replaced.exitCode(), replaced.errors());
        assertEquals(1, contentOf(target).stream().count());
    }

    @Test
    void malformedBackupExitsTwoNamingItsLine() throws Exception {
        Path backupFile = directory.resolve("broken.nq");
        Files.writeString(backupFile, "<https://example.org/a> <https://example.org/p> \"one\" .\nnot n-quads\n");

        Run refused = run(new RestoreCommand(), "--data-dir", directory.resolve("target").toString(),
                backupFile.toString());

        assertEquals(2, refused.exitCode());
        assertTrue(refused.errors().contains("line 2"), refused.errors());
        assertFalse(refused.errors().contains("\tat "), "no stack trace: " + refused.errors());
    }

    @Test
    void dataDirectoryAndStoreUrlTogetherAreRefused() {
        Run both = run(new BackupCommand(), "--data-dir", "run", "--store-url", "http://localhost:3030/ds",
                "--out", directory.resolve("kg.nq").toString());

        assertEquals(2, both.exitCode());
        assertTrue(both.errors().contains("mutually exclusive"), both.errors());
    }

    @Test
    void backupAndRestoreOverHttpBetweenTwoSparqlStores() {
        DatasetGraph sourceData = DatasetGraphFactory.createTxnMem();
        foggia.asDatasetGraph().find().forEachRemaining(sourceData::add);
        DatasetGraph targetData = DatasetGraphFactory.createTxnMem();
        targetData.add(org.apache.jena.sparql.core.Quad.create(
                org.apache.jena.graph.NodeFactory.createURI("https://example.org/stale"),
                org.apache.jena.graph.NodeFactory.createURI("https://example.org/a"),
                org.apache.jena.graph.NodeFactory.createURI("https://example.org/p"),
                org.apache.jena.graph.NodeFactory.createLiteralString("old")));
        FusekiServer source = FusekiServer.create().loopback(true).port(0).add("/ds", sourceData).build().start();
        FusekiServer target = FusekiServer.create().loopback(true).port(0).add("/ds", targetData).build().start();
        try {
            Path backupFile = directory.resolve("remote.nq");
            Run backup = run(new BackupCommand(), "--store-url", source.datasetURL("/ds"), "--out", backupFile.toString());
            Run refused = run(new RestoreCommand(), "--store-url", target.datasetURL("/ds"), backupFile.toString());
            Run restore = run(new RestoreCommand(), "--store-url", target.datasetURL("/ds"), backupFile.toString(),
                    "--replace");

            assertEquals(0, backup.exitCode(), backup.errors());
            assertEquals(2, refused.exitCode(), refused.errors());
            assertEquals(0, restore.exitCode(), restore.errors());
            assertTrue(IsoMatcher.isomorphic(foggia.asDatasetGraph(), targetData), "the stale graph is gone too");
        } finally {
            source.stop();
            target.stop();
        }
    }

    @Test
    void unreachableStoreExitsTwo() {
        Run backup = run(new BackupCommand(), "--store-url", "http://127.0.0.1:9/ds",
                "--out", directory.resolve("kg.nq").toString());

        assertEquals(2, backup.exitCode(), backup.errors());
        assertTrue(backup.errors().startsWith("error: "), backup.errors());
        assertFalse(Files.exists(directory.resolve("kg.nq")));
    }
}
