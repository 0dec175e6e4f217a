package it.cciaa.organigramma.cli;

import it.cciaa.organigramma.cli.BackupCommand.StoreLocation;
import it.cciaa.organigramma.store.StoreBackup.BackupRefused;
import it.cciaa.organigramma.store.StoreBackup.Counts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restore}: a backup written by {@code backup} loaded into a store. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Loads an N-Quads backup (.nq or .nq.gz) into the store. The whole file is read first: a "
                + "malformed file is refused (exit code 2, naming its line) and the store is not touched. A store that "
                + "already holds data is refused unless --replace, which clears it first.",
                "Into the embedded store's database (--data-dir, no service running on it) the restore is one "
                        + "transaction: all or nothing. Into a store by URL (--store-url) it puts one graph at a time "
                        + "with the Graph Store Protocol, which on a generic store is not atomic across graphs."},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar target/organigramma-kg.jar restore --data-dir run /backups/kg.nq.gz --replace",
                "  java -jar target/organigramma-kg.jar restore --store-url http://localhost:3030/ds kg.nq"})
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    StoreLocation store = new StoreLocation();

    @Parameters(index = "0", paramLabel = "FILE.nq", description = "The backup (N-Quads, gzipped if .gz).")
    Path backupFile;

    @Option(names = "--replace", description = "Clear the store before loading the backup.")
    boolean replace;

    @Override
    public Integer call() throws IOException {
        try {
            Counts counts = store.backup().restore(backupFile, replace);
            spec.commandLine().getErr().printf("restored %s into %s: %d graphs, %d quads%n", backupFile,
                    store.describe(), counts.graphs(), counts.quads());
            return 0;
        } catch (BackupRefused e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return OrganigrammaCommand.UNUSABLE_INPUT;
        }
    }
}
