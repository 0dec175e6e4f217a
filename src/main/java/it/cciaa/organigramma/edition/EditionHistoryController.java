package it.cciaa.organigramma.edition;

import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import it.cciaa.organigramma.linkeddata.Representation;
import it.cciaa.organigramma.store.KgProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /edizioni}: the editions of the organigram, newest first, with their validity, source document, map
 * revision, validation report, and links to browse each one and to compare it with the one before. HTML for people
 * (and {@code *}{@code /*}), JSON for {@code application/json} or {@code ?format=json}; an RDF request is sent (303)
 * to the catalogue's RDF, which describes the same editions.
 */
@Controller
class EditionHistoryController {
    static final String PATH = "/edizioni";

    private final Editions editions;
    private final LinkedDataLinks links;
    private final String catalogue;

    EditionHistoryController(Editions editions, LinkedDataLinks links, KgProperties properties) {
        this.editions = editions;
        this.links = links;
        this.catalogue = properties.iris().catalogue();
    }

    /** HTML, JSON, or for an RDF type a 303 to the catalogue's RDF, as {@code Accept} asks ({@link Representation}). */
    @GetMapping(path = PATH, params = "!format")
    Object negotiated(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) {
        return answer(Representation.required(null, accept), response);
    }

    /** The same by {@code ?format=} ({@code html}, {@code json}, {@code turtle}…). */
    @GetMapping(path = PATH, params = "format")
    Object withFormat(@RequestParam String format, HttpServletResponse response) {
        return answer(Representation.required(format, null), response);
    }

    private Object answer(Representation representation, HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return switch (representation) {
            case Representation.Json json -> ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT)
                    .contentType(MediaType.APPLICATION_JSON).body(history());
            case Representation.Rdf rdf -> Representation.seeOther(links.formatLink(catalogue, rdf.format().parameter()));
            case Representation.Html html -> new ModelAndView("edition/history")
                    .addObject("history", history())
                    .addObject("iri", catalogue)
                    .addObject("sparql", editions.queryText());
        };
    }

    /** The history of the chamber the request names ({@code ?ente=}), or of every chamber. */
    private EditionHistory history() {
        Optional<String> chamber = Editions.requestedChamber();
        if (chamber.isPresent()) {
            editions.resolve(null, chamber.get()); // 400 malformed, 404 unknown chamber
            return EditionHistory.of(editions.of(chamber.get()), editions.current(chamber.get()).stream().toList());
        }
        return EditionHistory.of(editions.all(), editions.currents());
    }
}
