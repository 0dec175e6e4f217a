package it.cciaa.organigramma.cli;

import it.cciaa.organigramma.edition.EditionPublisher;
import it.cciaa.organigramma.edition.EditionPublisher.AlreadyPublished;
import it.cciaa.organigramma.edition.EditionPublisher.Outcome;
import it.cciaa.organigramma.edition.EditionPublisher.Published;
import it.cciaa.organigramma.edition.EditionPublisher.PublishRefused;
import it.cciaa.organigramma.edition.EditionPublisher.Rejected;
import it.cciaa.organigramma.ingest.AllegatoFormatException;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.ingest.Iris;
import it.cciaa.organigramma.validation.ReportWriter;
import it.cciaa.organigramma.validation.ResultView.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.json.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code publish}: an Allegato C, validated, as a new edition of the embedded store. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Imports an Allegato C, validates it with the store's process map, laws and vocabularies and, "
                + "when it has no SHACL Violation, publishes it as a new edition of the embedded store in one "
                + "transaction: the edition graph, the process map, laws and vocabularies merged, the catalogue "
                + "entry (linked to the previous edition with dcat:previousVersion) and the validation report "
                + "graph. A document already published (same SHA-256) changes nothing.",
                "The database (--data-dir) is opened directly and must not be in use by a running service.",
                "Exit code 0: published, or already published; 1: Violations, nothing written; 2: the document, "
                        + "the date or the database cannot be used."},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar target/organigramma-kg.jar publish data/source/allegato-c-cciaa-foggia.txt "
                + "--data-dir run --edition-date 2025-01-01"})
public final class PublishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DOCUMENT", description = "The Allegato C document (text).")
    Path document;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "The embedded store's data directory, holding "
            + "its TDB2 database in DIR/tdb2 (default: $KG_DATA_DIR or ./run).")
    Path dataDir;

    @Option(names = "--edition-date", required = true, paramLabel = "YYYY-MM-DD",
            description = "Date of the edition (the act that approved the organigram); it names the edition.")
    LocalDate editionDate;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of the IRIs, the service's kg.base-iri (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--map-revision", paramLabel = "REV", defaultValue = "2024",
            description = "Revision of the Unioncamere process map the document uses (default: ${DEFAULT-VALUE}).")
    String mapRevision;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people, the default) or json: the outcome, or the report of a refused edition.")
    Format format;

    /** The formats of {@code publish --format}. */
    enum Format { TEXT, JSON }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(document)) {
            err.println("error: " + document + ": no such file");
            return OrganigrammaCommand.UNUSABLE_INPUT;
        }
        Outcome outcome;
        try {
            outcome = new EditionPublisher(directory(), new ImportOptions(base, mapRevision, Optional.of(editionDate)))
                    .publish(Files.readAllBytes(document), document.getFileName().toString());
        } catch (AllegatoFormatException e) {
            err.println("error: " + document + ": " + e.getMessage());
            return OrganigrammaCommand.UNUSABLE_INPUT;
        } catch (PublishRefused e) {
            err.println("error: " + e.getMessage());
            return OrganigrammaCommand.UNUSABLE_INPUT;
        }
        return switch (outcome) {
            case Rejected rejected -> {
                ByteArrayOutputStream report = new ByteArrayOutputStream();
                ReportWriter.write(rejected.validation(),
                        format == Format.JSON ? ReportWriter.Format.JSON : ReportWriter.Format.TEXT,
                        document.toString(), report);
                out.print(report.toString(StandardCharsets.UTF_8));
                out.flush();
                err.println("error: " + document + " has SHACL Violations: nothing was published");
                yield 1;
            }
            case AlreadyPublished already -> {
                JsonObject json = outcome("already-published", already.editionKey(), already.edition());
                print(out, json, "already published as edition " + already.editionKey() + " (" + already.edition()
                        + ")");
                yield 0;
            }
            case Published published -> {
                JsonObject json = outcome("published", published.editionKey(), published.edition());
                json.put("editionGraph", published.editionGraph());
                json.put("reportGraph", published.reportGraph());
                published.previousEdition().ifPresent(p -> json.put("previousEdition", p));
                json.put("warnings", published.validation().count(Severity.WARNING));
                json.put("infos", published.validation().count(Severity.INFO));
                print(out, json, "published edition " + published.editionKey() + " (" + published.edition()
                        + ") into " + directory() + ": graph " + published.editionGraph() + ", validation report "
                        + published.reportGraph() + ", " + published.validation().count(Severity.WARNING)
                        + " Warning, " + published.validation().count(Severity.INFO) + " Info"
                        + published.previousEdition().map(p -> ", previous edition " + p).orElse(""));
                yield 0;
            }
        };
    }

    private static JsonObject outcome(String outcome, String editionKey, String edition) {
        JsonObject json = new JsonObject();
        json.put("outcome", outcome);
        json.put("editionKey", editionKey);
        json.put("edition", edition);
        return json;
    }

    /** One line for people, or one JSON object for programs. */
    private void print(PrintWriter out, JsonObject json, String line) {
        out.println(format == Format.JSON ? json.toString() : line);
        out.flush();
    }

    private Path directory() {
        if (dataDir != null) {
            return dataDir;
        }
        String fromEnvironment = System.getenv("KG_DATA_DIR");
        return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "run" : fromEnvironment);
    }
}
