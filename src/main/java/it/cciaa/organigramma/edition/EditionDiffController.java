package it.cciaa.organigramma.edition;

import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import it.cciaa.organigramma.linkeddata.Representation;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.PageQuery;
import it.cciaa.organigramma.store.KnowledgeStore;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /edizioni/differenze?da=KEY&a=KEY}: what changed from one edition of the catalogue to another. {@code a}
 * defaults to the current edition (the most recent {@code dct:modified}), {@code da} to the edition before it (or
 * {@code a} itself when there is none); the catalogue is read through {@link Editions}. HTML for people, JSON ({@link EditionDiffWriter#json}) for
 * {@code application/json}, RDF ({@link EditionDiffRdf}) for an RDF type; {@code ?format=} overrides {@code Accept}.
 * A malformed key answers 400, a key the catalogue does not have 404.
 */
@Controller
class EditionDiffController {
    static final String PATH = "/edizioni/differenze";

    private static final List<String> DIFF_QUERIES = List.of("units-added", "units-removed", "units-renamed",
            "units-moved", "competences-assigned", "competences-withdrawn", "competences-requalified",
            "declarations-declared", "declarations-dropped", "labels-changed", "concept-labels-changed");

    private final KnowledgeStore store;
    private final NamedQueries queries;
    private final Editions editions;
    private final LinkedDataLinks links;

    EditionDiffController(KnowledgeStore store, NamedQueries queries, Editions editions, LinkedDataLinks links) {
        this.store = store;
        this.queries = queries;
        this.editions = editions;
        this.links = links;
    }

    @GetMapping(PATH)
    Object differences(@RequestParam(name = "da", required = false) String from,
            @RequestParam(name = "a", required = false) String to,
            @RequestParam(name = "format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        checkKey("da", from);
        checkKey("a", to);
        Representation wanted = Representation.required(format, accept);
        if (editions.all().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "Nessuna edizione nel catalogo: non c'è nulla da confrontare / no edition in the catalogue");
        }
        // The chamber: ?ente=, else the one a full identifier names; a bare date is read in that chamber.
        String chamber = Editions.requestedChamber()
                .or(() -> chamberOfId(to)).or(() -> chamberOfId(from)).orElse(null);
        Edition newer = resolve("a", to, chamber);
        Optional<Edition> earlier = blank(from)
                ? editions.of(newer.ente()).stream().filter(e -> e.dataset().equals(newer.previous())).findFirst()
                : Optional.of(resolve("da", from, newer.ente()));
        Edition older = earlier.orElse(newer);
        EditionDiff diff = EditionDiffQueries.over(store, queries).diff(older.graph(), newer.graph());
        String iri = links.iriOfPath(PATH + "?da=" + older.id() + "&a=" + newer.id());
        return switch (wanted) {
            case Representation.Html html -> new ModelAndView("edition/diff")
                    .addObject("page", DiffPage.of(older, newer, earlier.isEmpty(), diff))
                    .addObject("iri", iri)
                    .addObject("sparql", queryText("units-moved", older, newer))
                    .addObject("pageQueries", DIFF_QUERIES.stream()
                            .map(name -> new PageQuery("edition/" + name, queryText(name, older, newer))).toList());
            case Representation.Json json -> {
                JsonObject object = EditionDiffWriter.json(diff);
                object.put("da", older.id());
                object.put("a", newer.id());
                object.put("empty", diff.isEmpty());
                yield answer(JSON.toString(object).getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
            }
            case Representation.Rdf rdf -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFDataMgr.write(out, EditionDiffRdf.model(diff, iri, older.dataset(), newer.dataset()),
                        rdf.format().jenaFormat());
                yield answer(out.toByteArray(), rdf.format().mediaType());
            }
        };
    }

    /** The page of what changed from the edition before {@code edition} (which must have one) to it. */
    static String link(Edition edition) {
        return PATH + "?da=" + edition.previousId() + "&a=" + edition.id();
    }

    private static ResponseEntity<byte[]> answer(byte[] body, MediaType type) {
        return ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT)
                .contentType(new MediaType(type, StandardCharsets.UTF_8)).body(body);
    }

    private String queryText(String name, Edition older, Edition newer) {
        return query("edition/" + name).textWith(Map.of("old", NodeFactory.createURI(older.graph()),
                "new", NodeFactory.createURI(newer.graph())));
    }

    /** The edition a parameter names, in the chamber given (its current one when blank), saying which parameter. */
    private Edition resolve(String parameter, String key, String chamber) {
        try {
            return editions.resolve(blank(key) ? null : key.strip(), chamber);
        } catch (ResponseStatusException e) {
            throw new ResponseStatusException(e.getStatusCode(), "Parametro «" + parameter + "»: "
                    + e.getBody().getDetail());
        }
    }

    private static Optional<String> chamberOfId(String key) {
        return blank(key) || !key.contains("/") ? Optional.empty()
                : Optional.of(key.strip().substring(0, key.strip().indexOf('/')));
    }

    /** 400 for a key that cannot be one: neither a calendar date nor {@code sha256-} and 12 hex digits. */
    private static void checkKey(String parameter, String key) {
        if (!blank(key) && !Editions.isKey(key.strip())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Parametro «" + parameter + "» non valido: «"
                    + key + "». Un'edizione si indica con la sua data (AAAA-MM-GG, es. 2025-01-01) o con sha256- e 12 "
                    + "cifre esadecimali, dopo l'ente (es. cciaa-di-foggia/2025-01-01) / invalid " + parameter
                    + ": {ente}/{YYYY-MM-DD}, or a date that names one edition");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private NamedQuery query(String name) {
        return queries.find(name).orElseThrow(() -> new IllegalStateException("queries/" + name + ".rq is missing"));
    }
}
