package it.cciaa.organigramma.admin;

import it.cciaa.organigramma.linkeddata.RdfFormat;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.server.ResponseStatusException;

/** The RDF bodies of the Graph Store Protocol: what a write sends is parsed here, what a read asks for chosen here. */
final class GraphBodies {
    private static final String OFFERED = "text/turtle, application/n-triples, application/ld+json, "
            + "application/rdf+xml";
    /** JSON-LD is read but never written: its remote {@code @context} would make the service fetch URLs. */
    private static final java.util.Set<Lang> WRITABLE = java.util.Set.of(Lang.TURTLE, Lang.NTRIPLES, Lang.RDFXML);
    private static final String ACCEPTED = "text/turtle, application/n-triples, application/rdf+xml";

    private GraphBodies() {}

    /** The body parsed as the RDF syntax its Content-Type names; 415 for another type, 400 with the line for errors. */
    static Graph parse(byte[] body, String contentType, String base) {
        Lang lang = lang(contentType);
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(body == null ? new byte[0] : body)).lang(lang).base(base)
                    .errorHandler(FAIL).parse(graph);
        } catch (RiotException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Errore di sintassi nel corpo ("
                    + lang.getLabel() + "): " + e.getMessage() + " / Syntax error in the body: nothing was written.");
        }
        return graph;
    }

    /** The format to answer a read in: Turtle unless {@code Accept} prefers another RDF syntax; 406 for none. */
    static RdfFormat answerFormat(String accept) {
        List<MediaType> accepted;
        try {
            accepted = accept == null || accept.isBlank() ? List.of(MediaType.ALL) : MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            accepted = List.of();
        }
        List<MediaType> sorted = new ArrayList<>(accepted);
        sorted.sort(Comparator.comparingDouble((MediaType m) -> -m.getQualityValue()));
        for (MediaType wanted : sorted) {
            if (wanted.getQualityValue() == 0) {
                continue;
            }
            for (RdfFormat format : RdfFormat.values()) {
                if (wanted.includes(format.mediaType())) {
                    return format;
                }
            }
        }
        throw new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE, "Formati disponibili: " + OFFERED
                + " / Formats offered: " + OFFERED);
    }

    private static Lang lang(String contentType) {
        Lang lang = null;
        try {
            if (contentType != null) {
                MediaType type = MediaType.parseMediaType(contentType);
                lang = RDFLanguages.contentTypeToLang(type.getType() + "/" + type.getSubtype());
            }
        } catch (InvalidMediaTypeException e) {
            lang = null;
        }
        if (lang == null || !WRITABLE.contains(lang)) {
            throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type "
                    + (contentType == null ? "mancante" : contentType) + ": inviare un grafo in " + ACCEPTED
                    + " / Send a graph as " + ACCEPTED + ".");
        }
        return lang;
    }

    /** Errors and fatal errors stop the parse with their line and column; warnings are let through. */
    private static final ErrorHandler FAIL = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {}

        @Override
        public void error(String message, long line, long col) {
            throw new RiotException(position(line, col) + message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotException(position(line, col) + message);
        }
    };

    private static String position(long line, long col) {
        return line > 0 ? "riga " + line + (col > 0 ? ", colonna " + col : "") + " (line " + line + "): " : "";
    }
}
