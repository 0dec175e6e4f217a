package it.cciaa.organigramma.api;

import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.edition.Editions;
import it.cciaa.organigramma.query.EditionRowSource;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.Rows;
import it.cciaa.organigramma.store.KnowledgeStore;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.resultset.ResultsFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every query of {@code queries/} as an API, in the grlc style: {@code GET /api/queries/organigram/units}. The
 * query's {@code ?_name} and {@code ?__name} variables are request parameters, checked and bound through Jena. Rows
 * as JSON (an array of objects), SPARQL JSON results, CSV or TSV, by {@code Accept} or {@code ?format=}. A query
 * that reads an edition ({@code ?__edition}) reads the current one unless {@code edition} names another (its graph
 * IRI, or its key such as {@code 2025-01-01}).
 */
@RestController
@CrossOrigin(origins = "*", methods = {org.springframework.web.bind.annotation.RequestMethod.GET})
class QueryApiController {
    static final String PATH = "/api/queries";
    private static final Set<String> RESERVED = Set.of("format");
    private static final java.util.regex.Pattern NOTATION = java.util.regex.Pattern.compile("^[A-F][1-9](\\.[0-9]+){0,3}$");

    private final NamedQueries queries;
    private final KnowledgeStore store;
    private final Editions editions;

    QueryApiController(NamedQueries queries, KnowledgeStore store, Editions editions) {
        this.queries = queries;
        this.store = store;
        this.editions = editions;
    }

    /** The library: every query with its summary, description, tags and parameters. */
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    List<QueryDescription> library() {
        return queries.all().values().stream().map(QueryDescription::of).toList();
    }

    @GetMapping(path = PATH + "/**")
    ResponseEntity<byte[]> run(HttpServletRequest request, @RequestParam Map<String, String> parameters,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.length() <= PATH.length() + 1) { // the list, asked for in a form other than JSON
            throw new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE, "L'elenco delle query è solo in JSON "
                    + "(application/json) / the list of queries is JSON only");
        }
        String name = path.substring(PATH.length() + 1);
        NamedQuery query = queries.find(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Nessuna query di nome '" + name + "'; l'elenco è in " + PATH + " / no query named '" + name
                        + "'; the list is at " + PATH));
        if (!query.query().isSelectType()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "La query '" + name
                    + "' non restituisce righe: eseguirla da /sparql / not a SELECT query: run it at /sparql");
        }
        Map<String, Node> bound = withEdition(query, bind(query, parameters));
        ResultsFormat format = format(parameters.get("format"), accept);
        RowSetRewindable rows = store.select(query, bound);
        return ResponseEntity.ok().header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .contentType(mediaType(format)).body(serialize(rows, format));
    }

    /** Checks every parameter against the query and binds it: IRIs as IRIs, codes by their pattern, text as text. */
    private static Map<String, Node> bind(NamedQuery query, Map<String, String> parameters) {
        Map<String, Node> bound = new LinkedHashMap<>();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            String value = parameter.getValue();
            if (RESERVED.contains(name)) {
                continue;
            }
            if (!query.requiredParameters().contains(name) && !query.optionalParameters().contains(name)) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Parametro sconosciuto '" + name
                        + "'; parametri: " + allParameters(query) + " / unknown parameter '" + name
                        + "'; parameters: " + allParameters(query));
            }
            if (value.length() > 2000) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Parametro '" + name + "' troppo lungo / too long");
            }
            if (value.chars().anyMatch(Character::isISOControl)) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Parametro '" + name
                        + "': contiene caratteri di controllo / contains control characters");
            }
            Node node = node(name, value);
            boolean editionKey = name.equals(EditionRowSource.PARAMETER) && query.optionalParameters().contains(name);
            if (!node.isURI() && !editionKey && query.iriParameters().contains(name)) { // a key: withEdition reads it
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Parametro '" + name + "': «" + value
                        + "» non è un IRI assoluto (http://, https://, urn:) / not an absolute IRI");
            }
            bound.put(name, node);
        }
        for (String required : query.requiredParameters()) {
            if (!bound.containsKey(required)) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Parametro obbligatorio mancante '"
                        + required + "' / missing required parameter");
            }
        }
        return bound;
    }

    /** The parameter of the national queries that names a chamber (its IRI or identifier). */
    private static final String CHAMBER = "ente";

    /**
     * The edition parameter as a graph: the graph of the key when given one; when absent, the current edition's
     * (of the chamber {@code ?ente=} names, if the query takes no such parameter itself).
     */
    private Map<String, Node> withEdition(NamedQuery query, Map<String, Node> bound) {
        if (!query.optionalParameters().contains(EditionRowSource.PARAMETER)) {
            return bound;
        }
        Node given = bound.get(EditionRowSource.PARAMETER);
        if (given != null && given.isURI()) {
            return bound;
        }
        if (given == null && query.optionalParameters().contains(CHAMBER)) {
            return bound; // the query reads every chamber's current edition (or the one ?ente= names) by itself
        }
        Node chamber = bound.get(CHAMBER);
        Edition edition = editions.resolve(given == null ? null : given.getLiteralLexicalForm(),
                chamber != null && chamber.isLiteral() ? chamber.getLiteralLexicalForm() : null);
        Map<String, Node> withEdition = new LinkedHashMap<>(bound);
        withEdition.put(EditionRowSource.PARAMETER, NodeFactory.createURI(edition.graph()));
        return withEdition;
    }

    private static List<String> allParameters(NamedQuery query) {
        List<String> all = new ArrayList<>(query.requiredParameters());
        all.addAll(query.optionalParameters());
        return all;
    }

    private static Node node(String name, String value) {
        if (name.equals("notation") || name.equals("code") || name.equals("activity")) {
            if (!NOTATION.matcher(value).matches()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Parametro '" + name + "': «" + value
                        + "» non è un codice della mappa dei processi (es. A1.1.1.3) / not a process code");
            }
            return NodeFactory.createLiteralString(value);
        }
        if (value.startsWith("http://") || value.startsWith("https://") || value.startsWith("urn:")) {
            if (!IRIs.check(value)) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Parametro '" + name + "': «" + value
                        + "» non è un IRI valido / not a valid IRI");
            }
            return NodeFactory.createURI(value);
        }
        return NodeFactory.createLiteralString(value);
    }

    private static ResultsFormat format(String parameter, String accept) {
        if (parameter != null) {
            return switch (parameter.toLowerCase()) {
                case "json" -> null;
                case "sparql-json", "srj" -> ResultsFormat.JSON;
                case "csv" -> ResultsFormat.CSV;
                case "tsv" -> ResultsFormat.TSV;
                default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "format deve essere json, sparql-json, csv o tsv / format must be json, sparql-json, csv or tsv");
            };
        }
        if (accept != null) {
            List<MediaType> types;
            try {
                types = MediaType.parseMediaTypes(accept);
            } catch (org.springframework.http.InvalidMediaTypeException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Intestazione Accept non valida / invalid Accept");
            }
            for (MediaType type : types) {
                if (type.includes(MediaType.parseMediaType("text/csv"))) {
                    return ResultsFormat.CSV;
                }
                if (type.includes(MediaType.parseMediaType("text/tab-separated-values"))) {
                    return ResultsFormat.TSV;
                }
                if (type.includes(MediaType.parseMediaType("application/sparql-results+json"))) {
                    return ResultsFormat.JSON;
                }
                if (type.isWildcardType() || type.includes(MediaType.APPLICATION_JSON)) {
                    return null;
                }
            }
            throw new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE,
                    "Formati: application/json, application/sparql-results+json, text/csv, text/tab-separated-values");
        }
        return null;
    }

    private static MediaType mediaType(ResultsFormat format) {
        if (format == null) {
            return MediaType.APPLICATION_JSON;
        }
        if (format == ResultsFormat.CSV) {
            return MediaType.parseMediaType("text/csv;charset=UTF-8");
        }
        if (format == ResultsFormat.TSV) {
            return MediaType.parseMediaType("text/tab-separated-values;charset=UTF-8");
        }
        return MediaType.parseMediaType("application/sparql-results+json");
    }

    private static byte[] serialize(RowSetRewindable rows, ResultsFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format == null) {
            org.apache.jena.atlas.json.JsonArray array = new org.apache.jena.atlas.json.JsonArray();
            for (Map<String, String> row : Rows.of(rows)) {
                org.apache.jena.atlas.json.JsonObject object = new org.apache.jena.atlas.json.JsonObject();
                row.forEach(object::put);
                array.add(object);
            }
            org.apache.jena.atlas.json.JSON.write(out, array);
        } else {
            ResultSetFormatter.output(out, ResultSet.adapt(rows), format);
        }
        return out.toByteArray();
    }

    /** A query of the library as the index lists it. */
    record QueryDescription(String name, String summary, String description, List<String> tags,
            List<String> requiredParameters, List<String> optionalParameters, String path) {
        static QueryDescription of(NamedQuery query) {
            return new QueryDescription(query.name(), query.summary(), query.description(), query.tags(),
                    List.copyOf(query.requiredParameters()), List.copyOf(query.optionalParameters()),
                    PATH + "/" + query.name());
        }
    }
}
