package it.cciaa.organigramma.organigram;

import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import it.cciaa.organigramma.linkeddata.Representation;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
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
 * The organigram as a tree, Ente › Area › Servizio › Ufficio: HTML for people (and for {@code *}{@code /*}), nested
 * JSON for {@code application/json} or {@code ?format=json}. The page has no RDF of its own: an RDF request is sent
 * (303) to the Ente's, whose description links every unit.
 */
@Controller
class OrganigramController {
    static final String PATH = "/organigramma";

    private final OrganigramQueries queries;
    private final LinkedDataLinks links;

    OrganigramController(OrganigramQueries queries, LinkedDataLinks links) {
        this.queries = queries;
        this.links = links;
    }

    /** HTML, JSON, or for an RDF type a 303 to the Ente's RDF, as {@code Accept} asks ({@link Representation}). */
    @GetMapping(path = PATH, params = "!format")
    Object negotiated(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return switch (Representation.required(null, accept)) {
            case Representation.Json json -> data();
            case Representation.Rdf rdf -> enteRdf(rdf);
            case Representation.Html html -> page(response);
        };
    }

    @GetMapping(path = PATH, params = "format=html")
    ModelAndView page(HttpServletResponse response) {
        List<TreeNode> roots = roots();
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return new ModelAndView("organigram/tree")
                .addObject("roots", roots)
                .addObject("iri", roots.getFirst().unit().iri())
                .addObject("sparql", queries.queryText("organigram/tree", null));
    }

    @GetMapping(path = PATH, params = "format=json")
    ResponseEntity<Organigram> data() {
        return ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT).contentType(MediaType.APPLICATION_JSON)
                .body(Organigram.of(roots()));
    }

    /** Any other {@code ?format=} ({@code turtle}, {@code HTML}…), read as {@link Representation} reads it. */
    @GetMapping(path = PATH, params = "format")
    Object otherFormat(@RequestParam String format, HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return switch (Representation.required(format, null)) {
            case Representation.Json json -> data();
            case Representation.Rdf rdf -> enteRdf(rdf);
            case Representation.Html html -> page(response);
        };
    }

    /** A 303 See Other to the Ente's RDF, the resource this page draws. */
    private ModelAndView enteRdf(Representation.Rdf rdf) {
        String location = links.formatLink(roots().getFirst().unit().iri(), rdf.format().parameter());
        return Representation.seeOther(location);
    }


    private List<TreeNode> roots() {
        List<TreeNode> roots = queries.tree();
        if (roots.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "L'organigramma non è ancora caricato / the organigram is not loaded yet");
        }
        return roots;
    }
}
