package it.cciaa.organigramma.cli;

import it.cciaa.organigramma.ingest.InputLoader;
import it.cciaa.organigramma.validation.OrganigramValidator;
import it.cciaa.organigramma.validation.OrganigramValidator.Validation;
import it.cciaa.organigramma.validation.ReportWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate}: the SHACL report of RDF files or of an Allegato C document. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validates RDF files (TriG, N-Quads, Turtle, N-Triples, JSON-LD, RDF/XML, by extension) or an "
                + "Allegato C document (any other extension: imported first) against the shapes of shapes/. All the "
                + "files are validated together, with the project's controlled vocabularies.",
                "Exit code 0: no Violation; 1: Violations; 2: an input cannot be used."},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar target/organigramma-kg.jar validate data/source/allegato-c-cciaa-foggia.txt",
                "  java -jar target/organigramma-kg.jar validate /tmp/foggia.trig --format json"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files or Allegato C documents.")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a report for people, the default), json (one object per result) or turtle "
                    + "(the sh:ValidationReport).")
    ReportWriter.Format format;

    @Mixin
    ImportOptionsMixin importOptions;

    @Override
    public Integer call() {
        Dataset dataset;
        try {
            dataset = new InputLoader(importOptions.options()).load(files);
        } catch (InputLoader.InputException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return OrganigrammaCommand.UNUSABLE_INPUT;
        }
        Validation validation = OrganigramValidator.forBase(importOptions.options().base()).validate(dataset);
        String title = files.stream().map(Path::toString).collect(Collectors.joining(", "));
        ReportWriter.write(validation, format, title, System.out);
        System.out.flush();
        return validation.hasViolations() ? 1 : 0;
    }
}
