package it.cciaa.organigramma.sparql;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The representations the endpoint answers in: SPARQL results for SELECT and ASK, RDF for CONSTRUCT, DESCRIBE and
 * the service description, and the HTML page for browsers. {@code ?format=} names them by {@link #key()}.
 */
public enum AnswerFormat {
    JSON("json", "JSON", Kind.RESULTS, ResultSetLang.RS_JSON, "SPARQL_Results_JSON", "application/sparql-results+json",
            "application/json"),
    XML("xml", "XML", Kind.RESULTS, ResultSetLang.RS_XML, "SPARQL_Results_XML", "application/sparql-results+xml",
            "application/xml", "text/xml"),
    CSV("csv", "CSV", Kind.RESULTS, ResultSetLang.RS_CSV, "SPARQL_Results_CSV", "text/csv"),
    TSV("tsv", "TSV", Kind.RESULTS, ResultSetLang.RS_TSV, "SPARQL_Results_TSV", "text/tab-separated-values"),
    TURTLE("turtle", "Turtle", Kind.GRAPH, Lang.TURTLE, "Turtle", "text/turtle", "application/x-turtle"),
    JSONLD("jsonld", "JSON-LD", Kind.GRAPH, Lang.JSONLD, "JSON-LD", "application/ld+json"),
    RDFXML("rdfxml", "RDF/XML", Kind.GRAPH, Lang.RDFXML, "RDF_XML", "application/rdf+xml"),
    NTRIPLES("ntriples", "N-Triples", Kind.GRAPH, Lang.NTRIPLES, "N-Triples", "application/n-triples"),
    TRIG("trig", "TriG", Kind.GRAPH, Lang.TRIG, "TriG", "application/trig"),
    HTML("html", "HTML", Kind.PAGE, null, null, "text/html", "application/xhtml+xml");

    /** What a format carries. */
    public enum Kind { RESULTS, GRAPH, PAGE }

    /** Formats of SELECT and ASK answers, the default first. */
    public static final List<AnswerFormat> FOR_RESULTS = List.of(JSON, XML, CSV, TSV, HTML);
    /** Formats of CONSTRUCT and DESCRIBE answers, the default first. */
    public static final List<AnswerFormat> FOR_GRAPHS = List.of(TURTLE, JSONLD, RDFXML, NTRIPLES, TRIG, HTML);
    /** Formats of the service description (GET without a query), the default first. */
    public static final List<AnswerFormat> FOR_DESCRIPTION = List.of(TURTLE, JSONLD, RDFXML, NTRIPLES, HTML);

    private static final String W3C_FORMATS = "http://www.w3.org/ns/formats/";

    private final String key;
    private final String label;
    private final Kind kind;
    private final Lang lang;
    private final String w3cFormat;
    private final List<String> mediaTypes;

    AnswerFormat(String key, String label, Kind kind, Lang lang, String w3cFormat, String... mediaTypes) {
        this.key = key;
        this.label = label;
        this.kind = kind;
        this.lang = lang;
        this.w3cFormat = w3cFormat;
        this.mediaTypes = List.of(mediaTypes);
    }

    /** The value of {@code ?format=}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    /** Jena's language for writing the answer; none for the HTML page. */
    public Lang lang() {
        return lang;
    }

    /** The media type the answer is sent with. */
    public String mediaType() {
        return mediaTypes.getFirst();
    }

    /** Every media type of an {@code Accept} header this format answers, its own first. */
    public List<String> acceptedMediaTypes() {
        return mediaTypes;
    }

    /** The format's IRI in the W3C formats registry ({@code sd:resultFormat}); none for the page. */
    public Optional<String> w3cFormatIri() {
        return Optional.ofNullable(w3cFormat).map(local -> W3C_FORMATS + local);
    }

    /** The format a {@code ?format=} value names. */
    public static Optional<AnswerFormat> byKey(String key) {
        return Arrays.stream(values()).filter(format -> format.key.equalsIgnoreCase(key.strip())).findFirst();
    }
}
