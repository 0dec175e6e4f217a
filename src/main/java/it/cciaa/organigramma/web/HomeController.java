package it.cciaa.organigramma.web;

import it.cciaa.organigramma.ingest.Iris;
import it.cciaa.organigramma.linkeddata.Representation;
import it.cciaa.organigramma.organigram.OrganigramFigures;
import it.cciaa.organigramma.organigram.OrganigramQueries;
import it.cciaa.organigramma.store.KgProperties;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.ModelAndView;

/**
 * The home page: what the service is, the organigram in figures, search, and links to every part of it. HTML for
 * people (and for {@code *}{@code /*}), the figures as JSON for {@code application/json} or {@code ?format=json}.
 */
@Controller
class HomeController {
    private final OrganigramQueries queries;
    private final String catalogue;

    HomeController(OrganigramQueries queries, KgProperties properties) {
        this.queries = queries;
        this.catalogue = new Iris(properties.baseIri(), "", "").catalogue();
    }

    /** HTML or JSON as {@code Accept} asks, by the rules of {@link Representation}. */
    @GetMapping(path = "/", produces = {MediaType.TEXT_HTML_VALUE, MediaType.APPLICATION_JSON_VALUE},
            params = "!format")
    Object negotiated(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) {
        return Representation.choose(null, accept).orElseGet(Representation.Html::new) instanceof Representation.Json
                ? data() : page(response);
    }

    @GetMapping(path = "/", params = "format=html")
    ModelAndView page(HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return new ModelAndView("home")
                .addObject("figures", OrganigramFigures.read(queries))
                .addObject("iri", catalogue)
                .addObject("sparql", queries.queryText("home/units-by-kind", null));
    }

    @GetMapping(path = "/", params = "format=json")
    ResponseEntity<OrganigramFigures> data() {
        return ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT).contentType(MediaType.APPLICATION_JSON)
                .body(OrganigramFigures.read(queries));
    }
}
