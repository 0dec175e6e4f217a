package it.cciaa.organigramma.cli;

import it.cciaa.organigramma.store.StoreBackup;
import it.cciaa.organigramma.store.StoreBackup.BackupRefused;
import it.cciaa.organigramma.store.StoreBackup.Counts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backup}: every quad of the store, as N-Quads. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes every quad of the store (every named graph, and the default graph if it has triples) "
                + "to an N-Quads file, gzipped when its name ends in .gz. The file is written to a temporary file "
                + "and moved into place, so a failed backup never leaves a half-written file.",
                "The embedded store's database (--data-dir) is read directly in one transaction and must not be in "
                        + "use by a running service; a running service's store, or any SPARQL store, is read over "
                        + "HTTP with --store-url."},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar target/organigramma-kg.jar backup --data-dir run --out /backups/kg.nq.gz",
                "  java -jar target/organigramma-kg.jar backup --store-url http://localhost:3030/ds --out kg.nq"})
final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    StoreLocation store = new StoreLocation();

    @Option(names = "--out", required = true, paramLabel = "FILE.nq", description = "Where to write the backup "
            + "(.nq, or .nq.gz for gzip).")
    Path out;

    @Override
    public Integer call() throws IOException {
        try {
            Counts counts = store.backup().backup(out);
            spec.commandLine().getErr().printf("backed up %s to %s: %d graphs, %d quads%n", store.describe(), out,
                    counts.graphs(), counts.quads());
            return 0;
        } catch (BackupRefused e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return OrganigrammaCommand.UNUSABLE_INPUT;
        } catch (IOException | org.apache.jena.atlas.RuntimeIOException | java.io.UncheckedIOException e) {
            // a full disk, a folder that cannot be written: the partial file is not kept
            Throwable cause = e.getCause() instanceof IOException io ? io : e;
            spec.commandLine().getErr().println("error: cannot write the backup to " + out + " ("
                    + cause.getClass().getSimpleName() + ": " + cause.getMessage() + "): nothing was kept; free some "
                    + "space there or choose another --out");
            return OrganigrammaCommand.UNUSABLE_INPUT;
        }
    }

    /** The store a backup reads or a restore writes: a data directory or a dataset URL. */
    static final class StoreLocation {
        @Option(names = "--data-dir", paramLabel = "DIR", description = "The embedded store's data directory, "
                + "holding its TDB2 database in DIR/tdb2 (default: $KG_DATA_DIR or ./run).")
        Path dataDir;

        @Option(names = "--store-url", paramLabel = "URL", description = "A SPARQL store's dataset URL (SPARQL "
                + "Query and Graph Store Protocol at one URL, as Fuseki's http://host:3030/ds; for Virtuoso its /sparql, "
                + "with $KG_STORE_UPDATE_URL and $KG_STORE_GSP_URL set to its /sparql-auth and "
                + "/sparql-graph-crud-auth). $KG_STORE_USER and $KG_STORE_PASSWORD authenticate, when set.")
        String storeUrl;

        StoreBackup backup() {
            return storeUrl != null ? StoreBackup.ofStore(storeUrl) : StoreBackup.ofDatabase(directory());
        }

        String describe() {
            return storeUrl != null ? storeUrl : directory().toString();
        }

        private Path directory() {
            if (dataDir != null) {
                return dataDir;
            }
            String fromEnvironment = System.getenv("KG_DATA_DIR");
            return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "run" : fromEnvironment);
        }
    }
}
