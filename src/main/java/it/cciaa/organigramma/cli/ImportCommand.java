package it.cciaa.organigramma.cli;

import it.cciaa.organigramma.ingest.AllegatoFormatException;
import it.cciaa.organigramma.ingest.AllegatoImporter;
import it.cciaa.organigramma.ingest.AllegatoImporter.Imported;
import it.cciaa.organigramma.vocabulary.Prefixes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import}: an Allegato C document to TriG. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports an Allegato C document into RDF (TriG): a named graph for the organigram edition, "
                + "one for the process map, one for laws, one for the controlled vocabularies and one for the "
                + "DCAT-AP_IT catalogue.",
                "A document that is not an Allegato C of the expected form is refused (exit code 2) and no output "
                        + "file is written."},
        footerHeading = "%nExample:%n",
        footer = "  java -jar target/organigramma-kg.jar import data/source/allegato-c-cciaa-foggia.txt "
                + "--out /tmp/foggia.trig --edition-date 2025-01-01")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DOCUMENT", description = "The Allegato C text (UTF-8).")
    Path document;

    @Option(names = "--out", paramLabel = "FILE.trig", description = "Where to write the TriG (default: standard output).")
    Path out;

    @Mixin
    ImportOptionsMixin importOptions;

    @Override
    public Integer call() throws IOException {
        Imported imported;
        try {
            if (!Files.isRegularFile(document)) {
                spec.commandLine().getErr().println("error: " + document + ": no such file");
                return OrganigrammaCommand.UNUSABLE_INPUT;
            }
            imported = new AllegatoImporter(importOptions.options())
                    .importDocument(Files.readAllBytes(document), document.getFileName().toString());
        } catch (AllegatoFormatException e) {
            spec.commandLine().getErr().println("error: " + document + ": " + e.getMessage());
            return OrganigrammaCommand.UNUSABLE_INPUT;
        }
        Prefixes.applyTo(imported.dataset().getDefaultModel());
        if (out == null) {
            RDFDataMgr.write(System.out, imported.dataset(), RDFFormat.TRIG_BLOCKS);
            System.out.flush();
        } else {
            writeAtomically(imported);
        }
        spec.commandLine().getErr().printf("imported %s: edition %s, %d units, %d declarations, %d competences, "
                        + "%d anomalies recorded%n", document, imported.editionKey(), imported.document().units().size(),
                imported.document().declarations().size(), imported.document().competences().size(),
                imported.dataset().getNamedModel(imported.editionGraph())
                        .listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                                it.cciaa.organigramma.vocabulary.OKG.Anomaly).toList().size());
        return 0;
    }

    /** Writes next to the target, then moves: a failure never leaves a half-written file behind. */
    private void writeAtomically(Imported imported) throws IOException {
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".import-", ".trig");
        try {
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                RDFDataMgr.write(stream, imported.dataset(), RDFFormat.TRIG_BLOCKS);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
