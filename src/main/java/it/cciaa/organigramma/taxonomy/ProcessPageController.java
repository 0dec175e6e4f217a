package it.cciaa.organigramma.taxonomy;

import it.cciaa.organigramma.query.PageQuery;
import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import it.cciaa.organigramma.linkeddata.Representation;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page of a process-map concept at its IRI's path, {@code /controlled-vocabulary/mappa-processi/{rev}/{code}}:
 * HTML for people (and {@code *}{@code /*}), JSON page data for {@code application/json} or {@code ?format=json}.
 * The RDF forms of the same IRI are the linked-data controller's: a request that prefers an RDF type is forwarded
 * there.
 */
@Controller
class ProcessPageController {
    private static final String PATH = "/controlled-vocabulary/mappa-processi/{revision}/{notation}";

    /** The queries a concept page runs, in the order its sections show their answers. */
    private static final List<String> PAGE_QUERIES = List.of("taxonomy/concept", "taxonomy/broader-chain",
            "taxonomy/narrower", "taxonomy/competences", "taxonomy/declarations", "taxonomy/labels", "taxonomy/laws",
            "taxonomy/source-lines");

    private final ProcessPages pages;
    private final TaxonomyQueries queries;
    private final LinkedDataLinks links;

    ProcessPageController(ProcessPages pages, TaxonomyQueries queries, LinkedDataLinks links) {
        this.pages = pages;
        this.queries = queries;
        this.links = links;
    }

    /** HTML, JSON or (forwarded) RDF as {@code Accept} asks, by the rules of every IRI of ours. */
    @GetMapping(path = PATH, produces = {MediaType.TEXT_HTML_VALUE, MediaType.APPLICATION_JSON_VALUE},
            params = "!format")
    Object negotiated(@PathVariable String revision, @PathVariable String notation,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return switch (Representation.choose(null, accept).orElseGet(Representation.Html::new)) {
            case Representation.Json json -> data(revision, notation);
            case Representation.Rdf rdf -> new ModelAndView("forward:"
                    + links.formatLink(pages.conceptIri(revision, notation), rdf.format().parameter()));
            case Representation.Html html -> page(revision, notation, response);
        };
    }

    @GetMapping(path = PATH, params = "format=html")
    ModelAndView page(@PathVariable String revision, @PathVariable String notation, HttpServletResponse response) {
        ProcessPage page = pages.page(revision, notation);
        String iri = page.process().iri();
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return new ModelAndView("taxonomy/process")
                .addObject("page", page)
                .addObject("iri", iri)
                .addObject("sparql", queries.text("taxonomy/competences", "concept", iri))
                .addObject("pageQueries", PAGE_QUERIES.stream()
                        .map(name -> new PageQuery(name, queries.text(name, "concept", iri))).toList());
    }

    @GetMapping(path = PATH, params = "format=json")
    ResponseEntity<ProcessPage> data(@PathVariable String revision, @PathVariable String notation) {
        ProcessPage page = pages.page(revision, notation);
        return ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT).contentType(MediaType.APPLICATION_JSON).body(page);
    }

}
