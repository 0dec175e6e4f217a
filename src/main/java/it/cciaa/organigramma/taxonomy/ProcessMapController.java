package it.cciaa.organigramma.taxonomy;

import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.edition.EditionData;
import it.cciaa.organigramma.edition.Editions;
import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import it.cciaa.organigramma.linkeddata.Representation;
import jakarta.servlet.http.HttpServletResponse;
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
 * {@code /processi}: the process map of the latest revision (or {@code ?revisione=}) as a four-level tree, all of it
 * or down to {@code ?livello=1..4}, every theme or only {@code ?tema=C1}. HTML for people (and {@code *}{@code /*}),
 * JSON page data for {@code application/json} or {@code ?format=json}; a request that prefers an RDF type is sent
 * (303) to the RDF of the map's concept scheme.
 */
@Controller
class ProcessMapController {
    private static final String PATH = "/processi";

    private final ProcessPages pages;
    private final TaxonomyQueries queries;
    private final Editions editions;
    private final LinkedDataLinks links;

    ProcessMapController(ProcessPages pages, TaxonomyQueries queries, Editions editions, LinkedDataLinks links) {
        this.pages = pages;
        this.queries = queries;
        this.editions = editions;
        this.links = links;
    }

    /** HTML, JSON, or for an RDF type a 303 to the map's concept scheme, as {@code Accept} asks. */
    @GetMapping(path = PATH, params = "!format")
    Object negotiated(@RequestParam(name = "revisione", required = false) String revision,
            @RequestParam(name = "livello", required = false) String level,
            @RequestParam(name = "tema", required = false) String theme,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestParam(name = Editions.PARAMETER, required = false) String edition, HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return switch (Representation.required(null, accept)) {
            case Representation.Json json -> data(revision, level, theme, edition);
            case Representation.Rdf rdf ->
                    Representation.seeOther(links.formatLink(pages.revision(revision).scheme(), rdf.format().parameter()));
            case Representation.Html html -> page(revision, level, theme, edition, response);
        };
    }

    @GetMapping(path = PATH, params = "format=html")
    ModelAndView page(@RequestParam(name = "revisione", required = false) String revision,
            @RequestParam(name = "livello", required = false) String level,
            @RequestParam(name = "tema", required = false) String theme,
            @RequestParam(name = Editions.PARAMETER, required = false) String edition, HttpServletResponse response) {
        Edition shown = editions.resolve(edition);
        ProcessTree tree = pages.in(shown.graph()).tree(pages.revision(revision), level, theme);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return new ModelAndView("taxonomy/map")
                .addObject("tree", tree)
                .addObject("revisionAsked", revision != null)
                .addObject("iri", tree.revision().scheme())
                .addObject("sparql", queries.in(shown.graph()).text("taxonomy/tree", "scheme", tree.revision().scheme()));
    }

    @GetMapping(path = PATH, params = "format=json")
    ResponseEntity<EditionData<ProcessTree>> data(@RequestParam(name = "revisione", required = false) String revision,
            @RequestParam(name = "livello", required = false) String level,
            @RequestParam(name = "tema", required = false) String theme,
            @RequestParam(name = Editions.PARAMETER, required = false) String edition) {
        Edition shown = editions.resolve(edition);
        ProcessTree tree = pages.in(shown.graph()).tree(pages.revision(revision), level, theme);
        return ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT).contentType(MediaType.APPLICATION_JSON)
                .body(EditionData.of(shown, tree));
    }


}
