package it.cciaa.organigramma.cli;

import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import it.cciaa.organigramma.iri.ServiceIris;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

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

    @Option(names = "--ipa-code", paramLabel = "SLUG=CODE", converter = IpaCodeConverter.class,
            description = "The IndicePA code of a chamber, by its slug (cciaa-di-foggia=CODE); repeatable, the last "
                    + "one of a slug counts. The document does not carry it: without one, no cov:IPAcode.")
    List<String> ipaCodes = new ArrayList<>();

    /** Refuses an unusable {@code --ipa-code} as picocli refuses any bad option value: a message and exit code 2. */
    static final class IpaCodeConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                ImportOptions.parseIpaCodes(value);
                return value;
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    ImportOptions options() {
        Map<String, String> codes = new LinkedHashMap<>();
        ipaCodes.forEach(entry -> codes.putAll(ImportOptions.parseIpaCodes(entry))); // checked by the converter
        return new ImportOptions(base, mapRevision, Optional.ofNullable(editionDate), codes);
    }
}
