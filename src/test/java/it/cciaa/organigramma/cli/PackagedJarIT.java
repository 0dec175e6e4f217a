package it.cciaa.organigramma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar's commands as a user would, in a separate JVM. */
class PackagedJarIT {
    private static final Path JAR = Path.of(System.getProperty("kg.build.dir", "target"), "organigramma-kg.jar");
    private static final String FOGGIA = "data/source/allegato-c-cciaa-foggia.txt";

    @TempDir
    Path temp;

    record Run(int exitCode, String out, String err) {}

    private static Run run(String... arguments) throws IOException, InterruptedException {
        return runWith(java.util.Map.of(), arguments);
    }

    static Run runWith(java.util.Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile("jar-out", ".txt");
        Path err = Files.createTempFile("jar-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time: " + command).isTrue();
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    @Test
    void everyCommandHasHelp() throws Exception {
        Run root = run("--help");
        assertThat(root.exitCode()).isZero();
        assertThat(root.out()).contains("import", "validate", "query");
        for (String command : List.of("import", "validate", "query")) {
            Run help = run(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: organigramma-kg " + command).contains("Example");
        }
        assertThat(run().exitCode()).isEqualTo(2);
        assertThat(run("frobnicate").exitCode()).isEqualTo(2);
    }

    @Test
    void importWritesTrigThatJenaParsesAndTwoRunsAreIsomorphic() throws Exception {
        Path first = temp.resolve("first.trig");
        Path second = temp.resolve("second.trig");
        Run run = run("import", FOGGIA, "--out", first.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("27 units", "236 declarations", "295 competences");
        assertThat(run("import", FOGGIA, "--out", second.toString()).exitCode()).isZero();
        Dataset a = RDFDataMgr.loadDataset(first.toString());
        Dataset b = RDFDataMgr.loadDataset(second.toString());
        assertThat(a.asDatasetGraph().isEmpty()).isFalse();
        assertThat(IsoMatcher.isomorphic(a.asDatasetGraph(), b.asDatasetGraph())).isTrue();
    }

    @Test
    void importRefusesADocumentThatIsNotAnOrganigramAndWritesNothing() throws Exception {
        Path empty = Files.writeString(temp.resolve("empty.txt"), "");
        Path other = Files.writeString(temp.resolve("notes.txt"), "Meeting notes\n\nNothing to see.\n");
        Path out = temp.resolve("out.trig");
        Run refused = run("import", empty.toString(), "--out", out.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("empty.txt: line 1: the document is empty");
        Run another = run("import", other.toString(), "--out", out.toString());
        assertThat(another.exitCode()).isEqualTo(2);
        assertThat(another.err()).contains("line 1: not an Allegato C organigram");
        assertThat(out).doesNotExist();
        assertThat(run("import", temp.resolve("missing.txt").toString()).exitCode()).isEqualTo(2);
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("empty.txt", "notes.txt");
        }
    }

    @Test
    void validateReportsTheDocumentAsJsonWithTheFieldsProgramsNeed() throws Exception {
        Run run = run("validate", FOGGIA, "--edition-date", "2025-01-01", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
        JsonArray results = JSON.parseAny(run.out()).getAsArray();
        assertThat(results).isNotEmpty();
        for (var value : results) {
            JsonObject result = value.getAsObject();
            assertThat(result.keys()).contains("severity", "focusNode", "message", "shape");
        }
        assertThat(results.stream().map(v -> v.getAsObject())
                .filter(o -> o.hasKey("sourceLine") && o.hasKey("unit") && o.hasKey("notation"))).isNotEmpty();
    }

    @Test
    void validateExitCodesSayWhetherTheDataCanBePublished() throws Exception {
        Path clean = Path.of("src/test/resources/shape-cases/clean-edition.trig");
        Run conforms = run("validate", clean.toString());
        assertThat(conforms.exitCode()).as(conforms.out()).isZero();
        assertThat(conforms.out()).contains("0 Violation");

        Run undated = run("validate", FOGGIA);
        assertThat(undated.exitCode()).as("an undated edition lacks dct:modified").isEqualTo(1);

        Run damaged = run("validate", "src/test/resources/inputs/damaged.ttl");
        assertThat(damaged.exitCode()).isEqualTo(2);
        assertThat(damaged.err()).contains("damaged.ttl: not valid Turtle").contains("[line: 4, col: 1 ]");

        Run turtle = run("validate", clean.toString(), "--format", "turtle");
        assertThat(turtle.out()).contains("sh:ValidationReport");
        assertThat(run("validate", clean.toString(), "--format", "yaml").exitCode()).isEqualTo(2);
    }

    @Test
    void queryPrintsTheStatedColumns() throws Exception {
        Run units = run("query", "organigram/units");
        assertThat(units.exitCode()).as(units.err()).isZero();
        assertThat(units.out().lines().findFirst()).contains("unit,kind,code,name,parent");
        assertThat(units.out().lines().count()).isEqualTo(28);
        Run tsv = run("query", "taxonomy/processes", "--format", "tsv");
        assertThat(tsv.out().lines().findFirst()).contains("?notation\t?level\t?label\t?broader");
        Run list = run("query");
        assertThat(list.out()).contains("organigram/assignments", "law/citations");
        assertThat(run("query", "no/such-query").exitCode()).isEqualTo(2);
        Run badParameter = run("query", "organigram/units", "--param", "nope=1");
        assertThat(badParameter.exitCode()).isEqualTo(2);
        assertThat(badParameter.err()).contains("nope");
    }

    @Test
    void serveOnAPortInUseSaysSoExitsWith2AndWritesNothing() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
            Path dataDir = temp.resolve("run");
            Run serve = run("serve", "--port", String.valueOf(taken.getLocalPort()), "--data-dir", dataDir.toString());
            assertThat(serve.exitCode()).as(serve.err()).isEqualTo(2);
            assertThat(serve.err()).contains("error: port " + taken.getLocalPort() + " is already in use");
            assertNothingWritten(dataDir);
        }
    }

    @Test
    void aFirstStartOnAFullDiskSaysSoExitsWith2AndWritesNothing() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(1)) {
            Path dataDir = disk.path().resolve("run");
            Run serve = run("serve", "--port", "0", "--data-dir", dataDir.toString());
            assertThat(serve.exitCode()).as(serve.err()).isEqualTo(2);
            assertThat(serve.err()).contains("error: not enough free disk space for the embedded store",
                    "MB free in " + disk.path(), "KG_DATA_DIR");
            assertThat(serve.err()).doesNotContain("internal error", "Bad Request");
            try (var left = Files.list(disk.path())) {
                assertThat(left.toList()).as("nothing written on the disk").isEmpty();
            }
        }
    }

    @Test
    void aBackupOntoAFullDiskSaysSoExitsWith2AndLeavesNoPartialFile() throws Exception {
        Path dataDir = temp.resolve("full-backup");
        var database = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(dataDir.resolve("tdb2").toString());
        org.apache.jena.system.Txn.executeWrite(database, () -> {
            var graph = org.apache.jena.graph.NodeFactory.createURI("https://example.org/test/big");
            for (int i = 0; i < 20_000; i++) {
                database.add(graph, org.apache.jena.graph.NodeFactory.createURI("https://example.org/test/s" + i),
                        org.apache.jena.graph.NodeFactory.createURI("https://example.org/test/p"),
                        org.apache.jena.graph.NodeFactory.createLiteralString("a value long enough to fill a small "
                                + "disk quickly, number " + i));
            }
        });
        org.apache.jena.tdb2.sys.TDBInternal.expel(database);
        try (SmallDisk disk = SmallDisk.mount(1)) {
            Path out = disk.path().resolve("kg.nq");
            Run backup = run("backup", "--data-dir", dataDir.toString(), "--out", out.toString());
            assertThat(backup.exitCode()).as(backup.err()).isEqualTo(2);
            assertThat(backup.err()).contains("error: cannot write the backup to " + out, "No space left on device",
                    "nothing was kept");
            try (var left = Files.list(disk.path())) {
                assertThat(left.toList()).as("no partial file").isEmpty();
            }
        }
    }

    @Test
    void aCompactionWithoutRoomForTheCopySaysSoExitsWith2AndLeavesTheStoreAsItWas() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(128)) {
            Path dataDir = disk.path().resolve("run");
            var database = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(dataDir.resolve("tdb2").toString());
            org.apache.jena.system.Txn.executeWrite(database, () -> database.add(
                    org.apache.jena.graph.NodeFactory.createURI("https://example.org/test/g"),
                    org.apache.jena.graph.NodeFactory.createURI("https://example.org/test/s"),
                    org.apache.jena.graph.NodeFactory.createURI("https://example.org/test/p"),
                    org.apache.jena.graph.NodeFactory.createLiteralString("kept")));
            org.apache.jena.tdb2.sys.TDBInternal.expel(database);
            disk.fillLeaving(8);

            Run compact = run("compact", "--data-dir", dataDir.toString());
            assertThat(compact.exitCode()).as(compact.err()).isEqualTo(2);
            assertThat(compact.err()).contains("error: not enough free disk space for compacting the embedded store",
                    "MB free in " + disk.path());
            var after = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(dataDir.resolve("tdb2").toString());
            try {
                assertThat(org.apache.jena.system.Txn.calculateRead(after, () -> after.find().next().getObject()
                        .getLiteralLexicalForm())).isEqualTo("kept");
            } finally {
                org.apache.jena.tdb2.sys.TDBInternal.expel(after);
            }
        }
    }

    @Test
    void aDataDirectoryThatCannotBeWrittenIsNamedAndTheServiceExitsWith2() throws Exception {
        try (SmallDisk readOnly = SmallDisk.mountReadOnly()) {
            Path dataDir = readOnly.path().resolve("run");
            Run serve = run("serve", "--port", "0", "--data-dir", dataDir.toString());
            assertThat(serve.exitCode()).as(serve.err()).isEqualTo(2);
            assertThat(serve.err()).contains("error: setting kg.data-dir (KG_DATA_DIR) = «" + dataDir + "»",
                    "cannot be written", "Read-only file system").doesNotContain("internal error");
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "KG_FRESHNESS, abc, kg.freshness",
        "KG_IPA_CODES, foo, kg.ipa-codes",
        "KG_MAX_ROWS, many, kg.max-rows",
        "KG_LOGIN_FAILURES_PER_MINUTE, many, kg.login-failures-per-minute",
        "KG_SLOTS_PER_CLIENT, half, kg.slots-per-client",
        "KG_SEED_EDITION_DATE, 2025-13-45, kg.seed-edition-date",
        "KG_SEED_DOCUMENT, /nonexistent/allegato-c.txt, kg.seed-document"})
    void serveWithAMalformedSettingNamesItExitsWith2AndWritesNothing(String variable, String value, String setting)
            throws Exception {
        Path dataDir = temp.resolve("run-" + variable);
        Run serve = runWith(java.util.Map.of(variable, value), "serve", "--port", "0", "--data-dir",
                dataDir.toString());
        assertThat(serve.exitCode()).as(serve.err()).isEqualTo(2);
        assertThat(serve.err()).contains("error: setting " + setting, "«" + value + "»");
        assertNothingWritten(dataDir);
    }

    /** The embedded store of {@code dataDir}, if the command created one, holds no quad. */
    private static void assertNothingWritten(Path dataDir) {
        Path database = dataDir.resolve("tdb2");
        if (Files.isDirectory(database)) {
            var store = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(database.toString());
            try {
                assertThat(org.apache.jena.system.Txn.calculateRead(store, () -> store.find().hasNext()))
                        .as("quads in the store").isFalse();
            } finally {
                org.apache.jena.tdb2.sys.TDBInternal.expel(store);
            }
        }
    }
}
