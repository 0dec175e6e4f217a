package it.cciaa.organigramma.cli;

import it.cciaa.organigramma.edition.EditionDiff;
import it.cciaa.organigramma.edition.EditionDiffQueries;
import it.cciaa.organigramma.edition.EditionDiffWriter;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.ingest.InputLoader;
import it.cciaa.organigramma.ingest.InputLoader.InputException;
import it.cciaa.organigramma.query.NamedQueries;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diff}: what changed between two editions of the organigram. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares two editions of the organigram: units added, removed, renamed and moved; activities "
                + "assigned, withdrawn and requalified; processes declared and dropped; labels changed.",
                "Each input is an Allegato C document (imported on the fly) or an RDF file (TriG, N-Quads) holding "
                        + "one edition graph. An office that changed its code but kept its name and kind (moved to "
                        + "another Servizio) is reported as moved, not as removed and added.",
                "Differences are not errors: the exit code is 0 whenever the comparison ran, 2 when an input "
                        + "cannot be used."},
        footerHeading = "%nExample:%n",
        footer = "  java -jar target/organigramma-kg.jar diff allegato-2024.txt allegato-2025.txt "
                + "--old-date 2024-06-30 --new-date 2025-06-30 --format json")
public final class DiffCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The old edition: an Allegato C document or a TriG file.")
    Path oldInput;

    @Parameters(index = "1", paramLabel = "NEW", description = "The new edition: an Allegato C document or a TriG file.")
    Path newInput;

    @Option(names = "--old-date", paramLabel = "YYYY-MM-DD",
            description = "Edition date of OLD when it is a document (default: named by its checksum).")
    LocalDate oldDate;

    @Option(names = "--new-date", paramLabel = "YYYY-MM-DD",
            description = "Edition date of NEW when it is a document (default: named by its checksum).")
    LocalDate newDate;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people, grouped by kind of change) or json (one array per kind of change); "
                    + "default: ${DEFAULT-VALUE}.")
    EditionDiffWriter.Format format;

    @Override
    public Integer call() {
        NamedQueries library = NamedQueries.load();
        Edition old;
        Edition changed;
        try {
            old = edition(oldInput, oldDate, library);
            changed = edition(newInput, newDate, library);
        } catch (InputException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return OrganigrammaCommand.UNUSABLE_INPUT;
        }
        if (old.graph().equals(changed.graph()) && !old.content().getNamedModel(old.graph())
                .isIsomorphicWith(changed.content().getNamedModel(changed.graph()))) {
            spec.commandLine().getErr().println("error: " + oldInput + " and " + newInput + " both give the edition "
                    + old.graph() + " with different contents; tell them apart with --old-date and --new-date");
            return OrganigrammaCommand.UNUSABLE_INPUT;
        }
        Dataset both = DatasetFactory.createGeneral();
        for (Dataset dataset : new Dataset[] {old.content(), changed.content()}) {
            dataset.listNames().forEachRemaining(name -> both.getNamedModel(name).add(dataset.getNamedModel(name)));
        }
        EditionDiff diff = EditionDiffQueries.over(both, library).diff(old.graph(), changed.graph());
        EditionDiffWriter.write(diff, format, spec.commandLine().getOut());
        return 0;
    }

    /** One input: its dataset and its only edition graph. */
    private record Edition(Dataset content, String graph) {}

    private static Edition edition(Path file, LocalDate date, NamedQueries library) throws InputException {
        Dataset dataset = new InputLoader(ImportOptions.defaults().withEditionDate(Optional.ofNullable(date)))
                .load(file);
        Map<String, Integer> graphs = EditionDiffQueries.over(dataset, library).editionGraphs();
        if (graphs.size() != 1) {
            throw new InputException(file + ": " + (graphs.isEmpty() ? "no organigram edition in the file"
                    : graphs.size() + " organigram editions in the file " + graphs.keySet() + "; give one each"));
        }
        return new Edition(dataset, graphs.keySet().iterator().next());
    }
}
