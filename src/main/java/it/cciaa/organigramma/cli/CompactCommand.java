package it.cciaa.organigramma.cli;

import it.cciaa.organigramma.store.EmbeddedStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compact}: the embedded store's TDB2 database compacted in place, its disk reclaimed. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compacts the embedded store's TDB2 database (DIR/tdb2): TDB2 appends every write, so its files "
                + "grow with each publication until compacted. The service compacts its store when it starts, if it "
                + "changed since its last compaction; this command does it now, for a store no service is using."},
        footerHeading = "%nExample:%n",
        footer = {"  java -jar target/organigramma-kg.jar compact --data-dir run"})
final class CompactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "The embedded store's data directory (default: "
            + "$KG_DATA_DIR or ./run).")
    Path dataDir;

    @Override
    public Integer call() {
        Path directory = (dataDir != null ? dataDir
                : Path.of(System.getenv().getOrDefault("KG_DATA_DIR", "run"))).resolve("tdb2");
        if (!Files.isDirectory(directory)) {
            spec.commandLine().getErr().println("error: no TDB2 database in " + directory);
            return OrganigrammaCommand.UNUSABLE_INPUT;
        }
        long before = EmbeddedStore.diskBytes(directory);
        EmbeddedStore.compactStopped(directory);
        spec.commandLine().getErr().printf("compacted %s: %d KB -> %d KB%n", directory, before >> 10,
                EmbeddedStore.diskBytes(directory) >> 10);
        return 0;
    }
}
