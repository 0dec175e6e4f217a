package it.cciaa.organigramma.cli;

import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.iri.ServiceIris;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that name what an import produces, shared by the commands that import documents. */
final class ImportOptionsMixin {
    @Option(names = "--edition-date", paramLabel = "YYYY-MM-DD",
            description = "Date of the edition (the act that approved the organigram). Without it the edition is "
                    + "named by the document's checksum and has no dct:modified, which validation reports.")
    LocalDate editionDate;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = ServiceIris.DEFAULT_BASE,
            description = "Base of the IRIs the import mints and validation expects (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--map-revision", paramLabel = "REV", defaultValue = "2024",
            description = "Revision of the Unioncamere process map the document uses; part of every process IRI "
                    + "(default: ${DEFAULT-VALUE}).")
    String mapRevision;

    ImportOptions options() {
        return new ImportOptions(base, mapRevision, Optional.ofNullable(editionDate));
    }
}
