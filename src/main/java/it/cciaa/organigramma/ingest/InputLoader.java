package it.cciaa.organigramma.ingest;

import it.cciaa.organigramma.ingest.AllegatoImporter.ImportOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;

/**
 * Reads the inputs of the commands into one dataset: RDF files by their extension (TriG, N-Quads, Turtle, N-Triples,
 * JSON-LD, RDF/XML), any other file as an Allegato C document to import.
 */
public final class InputLoader {

    /** An input that cannot be used, with the file and, when known, the line. */
    public static final class InputException extends Exception {
        public InputException(String message) {
            super(message);
        }
    }

    private final ImportOptions options;

    public InputLoader(ImportOptions options) {
        this.options = options;
    }

    /** Loads every file into one dataset (named graphs kept; triples of a plain RDF file go to its default graph). */
    public Dataset load(List<Path> files) throws InputException {
        Dataset dataset = DatasetFactory.createGeneral();
        for (Path file : files) {
            merge(dataset, load(file));
        }
        return dataset;
    }

    /** Loads one file. */
    public Dataset load(Path file) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")");
        }
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        if (lang == null || lang == Lang.CSV || lang == RDFLanguages.TEXT) {
            try {
                return new AllegatoImporter(options).importDocument(bytes, file.getFileName().toString()).dataset();
            } catch (AllegatoFormatException e) {
                throw new InputException(file + ": " + e.getMessage());
            }
        }
        Dataset dataset = DatasetFactory.createGeneral();
        if (bytes.length == 0) {
            throw new InputException(file + ": the file is empty");
        }
        try {
            RDFParser.source(file).lang(lang).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(dataset.asDatasetGraph());
        } catch (RiotException e) {
            throw new InputException(file + ": not valid " + lang.getName() + ": " + e.getMessage());
        }
        if (dataset.asDatasetGraph().isEmpty()) {
            throw new InputException(file + ": no triples in the file");
        }
        return dataset;
    }

    private static void merge(Dataset into, Dataset from) {
        into.getDefaultModel().add(from.getDefaultModel());
        for (Iterator<String> names = from.listNames(); names.hasNext(); ) {
            String name = names.next();
            into.getNamedModel(name).add(from.getNamedModel(name));
        }
    }
}
