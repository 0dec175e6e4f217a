package it.cciaa.organigramma.cli;

import it.cciaa.organigramma.synthetic.SyntheticChambers;
import it.cciaa.organigramma.synthetic.SyntheticCorpus;
import it.cciaa.organigramma.synthetic.SyntheticCorpus.Written;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code generate}: synthetic chambers' Allegato C documents, for tests and benchmarks at national scale. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generates synthetic Allegato C documents: the Foggia document retitled with the names of real "
                + "Italian chambers (\"CCIAA di BARI\", \"CCIAA di MILANO MONZA BRIANZA LODI\", …; numbered from the "
                + "second round of names, \"CCIAA di BARI 2\") and reorganised in 1 to M editions each, as real "
                + "reorganisations do: offices renamed, moved to another Servizio, renumbered, merged, split, removed; "
                + "activities moved, requalified, dropped. Every document says under its title that it is synthetic; "
                + "each imports and validates without Violations (import it with --edition-date set to its file name).",
                "Writes DIR/{slug}/{date}.txt for each edition, DIR/manifest.csv (chamber, slug, edition, date, file, "
                        + "changes) and DIR/changes.json (every change with the office codes involved, the successor "
                        + "of every office, the offices of each edition). The same seed gives the same bytes.",
                "Exit code 0: written; 2: unusable arguments (fewer than 1 chamber, editions out of range, DIR not "
                        + "empty or not writable)."},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar target/organigramma-kg.jar generate --chambers 60 --out /tmp/chambers",
                "  java -jar target/organigramma-kg.jar generate --chambers 5 --seed 42 --max-editions 3 --out /tmp/five",
                "  java -jar target/organigramma-kg.jar import /tmp/five/cciaa-di-bari/2024-01-01.txt "
                        + "--edition-date 2024-01-01 --out /tmp/bari.trig"})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--chambers", required = true, paramLabel = "N",
            description = "How many chambers to generate, at least 1.")
    int chambers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "The seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--max-editions", paramLabel = "M", defaultValue = "5",
            description = "The most editions a chamber gets, 1 to " + SyntheticChambers.MOST_EDITIONS
                    + " (default: ${DEFAULT-VALUE}); each gets between 1 and M.")
    int maxEditions;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The folder to write into: created if missing, refused unless empty.")
    Path out;

    @Override
    public Integer call() {
        if (chambers < 1) {
            return refuse("--chambers must be at least 1, not " + chambers);
        }
        if (maxEditions < 1 || maxEditions > SyntheticChambers.MOST_EDITIONS) {
            return refuse("--max-editions must be between 1 and " + SyntheticChambers.MOST_EDITIONS + ", not "
                    + maxEditions);
        }
        try {
            if (Files.exists(out) && !isEmptyFolder(out)) {
                return refuse(out + " is not an empty folder: choose a new or empty one");
            }
            Written written = SyntheticCorpus.write(new SyntheticChambers(seed, maxEditions), chambers, out);
            spec.commandLine().getErr().printf("generated %d synthetic chambers, %d editions, in %s (seed %d)%n",
                    written.chambers(), written.editions(), out, seed);
            return 0;
        } catch (IOException e) {
            return refuse("cannot write to " + out + ": " + e);
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private int refuse(String message) {
        spec.commandLine().getErr().println("error: " + message);
        return OrganigrammaCommand.UNUSABLE_INPUT;
    }
}
