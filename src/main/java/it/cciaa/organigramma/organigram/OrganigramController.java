package it.cciaa.organigramma.organigram;

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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The organigram as a tree, Ente › Area › Servizio › Ufficio: HTML for people (and for {@code *}{@code /*}), nested
 * JSON for {@code application/json} or {@code ?format=json}.
 */
@Controller
class OrganigramController {
    static final String PATH = "/organigramma";

    private final OrganigramQueries queries;

    OrganigramController(OrganigramQueries queries) {
        this.queries = queries;
    }

    /** HTML or JSON as {@code Accept} asks, by the rules of {@link Representation}. */
    @GetMapping(path = PATH, produces = {MediaType.TEXT_HTML_VALUE, MediaType.APPLICATION_JSON_VALUE},
            params = "!format")
    Object negotiated(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) {
        return Representation.choose(null, accept).orElseGet(Representation.Html::new) instanceof Representation.Json
                ? data() : page(response);
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

    private List<TreeNode> roots() {
        List<TreeNode> roots = queries.tree();
        if (roots.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "L'organigramma non è ancora caricato / the organigram is not loaded yet");
        }
        return roots;
    }
}
