package it.cciaa.organigramma.linkeddata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.springframework.http.MediaType;

/** The RDF serializations the service offers for a resource, with their media types and {@code ?format=} names. */
public enum RdfFormat {
    TURTLE("turtle", "text/turtle", RDFFormat.TURTLE_PRETTY, Lang.TURTLE),
    JSONLD("jsonld", "application/ld+json", RDFFormat.JSONLD_PRETTY, Lang.JSONLD),
    RDFXML("rdfxml", "application/rdf+xml", RDFFormat.RDFXML_PRETTY, Lang.RDFXML),
    NTRIPLES("ntriples", "application/n-triples", RDFFormat.NTRIPLES, Lang.NTRIPLES);

    private final String parameter;
    private final MediaType mediaType;
    private final RDFFormat jenaFormat;
    private final Lang lang;

    RdfFormat(String parameter, String mediaType, RDFFormat jenaFormat, Lang lang) {
        this.parameter = parameter;
        this.mediaType = MediaType.parseMediaType(mediaType);
        this.jenaFormat = jenaFormat;
        this.lang = lang;
    }

    public String parameter() {
        return parameter;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public RDFFormat jenaFormat() {
        return jenaFormat;
    }

    public Lang lang() {
        return lang;
    }

    /** The format a {@code ?format=} value names ("ttl" and "nt" are accepted too). */
    public static Optional<RdfFormat> ofParameter(String value) {
        String name = switch (value.toLowerCase()) {
            case "ttl" -> "turtle";
            case "nt" -> "ntriples";
            case "json-ld" -> "jsonld";
            case "rdf", "xml" -> "rdfxml";
            default -> value.toLowerCase();
        };
        return Arrays.stream(values()).filter(f -> f.parameter.equals(name)).findFirst();
    }

    public static List<MediaType> mediaTypes() {
        return Arrays.stream(values()).map(RdfFormat::mediaType).toList();
    }
}
