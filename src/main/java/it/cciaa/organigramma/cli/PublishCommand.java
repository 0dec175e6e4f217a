package it.cciaa.organigramma.cli;

import it.cciaa.organigramma.ingest.AllegatoFormatException;
import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.publication.EditionCandidate;
import it.cciaa.organigramma.publication.EditionPublisher;
import it.cciaa.organigramma.publication.EditionPublisher.AlreadyPublished;
import it.cciaa.organigramma.publication.EditionPublisher.Outcome;
import it.cciaa.organigramma.publication.EditionPublisher.Published;
import it.cciaa.organigramma.publication.EditionPublisher.PublishRefused;
import it.cciaa.organigramma.publication.EditionPublisher.Rejected;
import it.cciaa.organigramma.publication.LocalEditionTarget;
import it.cciaa.organigramma.validation.OrganigramValidator.Validation;
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
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code publish}: an Allegato C, validated, as a new edition of the embedded store or of a running service. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Imports an Allegato C, validates it with the store's process map, laws and vocabularies and, "
                + "when it has no SHACL Violation, publishes it as a new edition in one transaction: the edition "
                + "graph, the process map, laws and vocabularies merged, the catalogue entry (validity, "
                + "dcat:previousVersion) and the validation report graph. A document already published (same "
                + "SHA-256) changes nothing. With --dry-run: the report only, nothing written.",
                "Either --data-dir (the embedded store's database, opened directly: no service may be running on "
                        + "it) or --server (a running service, over HTTP: user from --user, password from "
                        + "$KG_PASSWORD or asked on the console).",
                "Exit code 0: published, already published, or a dry run without Violations; 1: Violations, "
                        + "nothing written; 2: the document, the date, the credentials or the store cannot be "
                        + "used; 3: the service failed."},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar target/organigramma-kg.jar publish data/source/allegato-c-cciaa-foggia.txt "
                + "--data-dir run --edition-date 2025-01-01",
                "  KG_PASSWORD=… java -jar target/organigramma-kg.jar publish allegato-c.txt "
                        + "--server http://localhost:8080 --user redazione --edition-date 2026-01-01",
                "  java -jar target/organigramma-kg.jar publish allegato-c.txt --server http://localhost:8080 "
                        + "--edition-date 2026-01-01 --dry-run --format json"})
public final class PublishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DOCUMENT", description = "The Allegato C document (text).")
    Path document;

    @ArgGroup(exclusive = true)
    Destination destination = new Destination();

    /** Where the edition goes: a data directory or a running service. */
    static final class Destination {
        @Option(names = "--data-dir", paramLabel = "DIR", description = "The embedded store's data directory, "
                + "holding its TDB2 database in DIR/tdb2 (default: $KG_DATA_DIR or ./run).")
        Path dataDir;

        @Option(names = "--server", paramLabel = "URL", description = "A running service, e.g. "
                + "http://localhost:8080: the document is sent to URL/admin/edizioni (URL/edizioni/verifica with "
                + "--dry-run).")
        String server;
    }

    @Option(names = "--user", paramLabel = "NAME", description = "With --server: the editor's user name (default: "
            + "$KG_USER); the password comes from $KG_PASSWORD, or is asked on the console.")
    String user;

    @Option(names = "--edition-date", paramLabel = "YYYY-MM-DD",
            description = "Date of the edition (the act that approved the organigram); it names the edition. "
                    + "Needed to publish; without it a dry run reports the missing date.")
    LocalDate editionDate;

    @Option(names = "--dry-run", description = "Validate as the store would hold the edition, print the report, "
            + "write nothing.")
    boolean dryRun;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = ServiceIris.DEFAULT_BASE,
            description = "With --data-dir: base of the IRIs, the service's kg.base-iri (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--map-revision", paramLabel = "REV", defaultValue = "2024",
            description = "With --data-dir: revision of the Unioncamere process map the document uses (default: "
                    + "${DEFAULT-VALUE}).")
    String mapRevision;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for people, the default) or json: the outcome, or the report.")
    Format format;

    /** The formats of {@code publish --format}. */
    enum Format { TEXT, JSON }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (editionDate == null && !dryRun) {
            err.println("error: --edition-date is needed to publish (it names the edition)");
            return OrganigrammaCommand.UNUSABLE_INPUT;
        }
        if (!Files.isRegularFile(document)) {
            err.println("error: " + document + ": no such file");
            return OrganigrammaCommand.UNUSABLE_INPUT;
        }
        if (destination.server != null) {
            return new RemotePublication(spec.commandLine(), destination.server, user, format == Format.JSON)
                    .run(Files.readAllBytes(document), document.getFileName().toString(), editionDate, dryRun);
        }
        if (user != null) {
            err.println("error: --user goes with --server");
            return OrganigrammaCommand.UNUSABLE_INPUT;
        }
        try (LocalEditionTarget store = LocalEditionTarget.open(directory())) {
            EditionPublisher publisher = new EditionPublisher(store);
            EditionCandidate candidate = EditionCandidate.fromDocument(Files.readAllBytes(document),
                    document.getFileName().toString(),
                    new ImportOptions(base, mapRevision, Optional.ofNullable(editionDate)));
            if (dryRun) {
                Validation validation = publisher.validate(candidate);
                printReport(validation);
                return validation.hasViolations() ? OrganigrammaCommand.VIOLATIONS : 0;
            }
            return report(publisher.publish(candidate));
        } catch (AllegatoFormatException e) {
            err.println("error: " + document + ": " + e.getMessage());
            return OrganigrammaCommand.UNUSABLE_INPUT;
        } catch (PublishRefused e) {
            err.println("error: " + e.getMessage());
            return OrganigrammaCommand.UNUSABLE_INPUT;
        }
    }

    private int report(Outcome outcome) {
        PrintWriter out = spec.commandLine().getOut();
        return switch (outcome) {
            case Rejected rejected -> {
                printReport(rejected.validation());
                spec.commandLine().getErr().println("error: " + document
                        + " has SHACL Violations: nothing was published");
                yield OrganigrammaCommand.VIOLATIONS;
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

    private void printReport(Validation validation) {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        ReportWriter.write(validation, format == Format.JSON ? ReportWriter.Format.JSON : ReportWriter.Format.TEXT,
                document.toString(), report);
        PrintWriter out = spec.commandLine().getOut();
        out.print(report.toString(StandardCharsets.UTF_8));
        out.flush();
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
        if (destination.dataDir != null) {
            return destination.dataDir;
        }
        String fromEnvironment = System.getenv("KG_DATA_DIR");
        return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "run" : fromEnvironment);
    }
}
