package it.cciaa.organigramma.taxonomy;

import it.cciaa.organigramma.query.PageQuery;
import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.edition.EditionData;
import it.cciaa.organigramma.edition.Editions;
import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import it.cciaa.organigramma.linkeddata.Representation;
import it.cciaa.organigramma.table.PageTables;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page of a process-map concept at its IRI's path, {@code /controlled-vocabulary/mappa-processi/{rev}/{code}}:
 * HTML for people (and {@code *}{@code /*}), JSON page data for {@code application/json} or {@code ?format=json}, one
 * of its tables as CSV for {@code text/csv} or {@code ?format=csv} ({@link ProcessTables}: the competences, or
 * {@code &tabella=}). The RDF forms of the same IRI are the linked-data controller's: a request that prefers an RDF
 * type is forwarded there.
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
    private final Editions editions;
    private final LinkedDataLinks links;

    ProcessPageController(ProcessPages pages, TaxonomyQueries queries, Editions editions, LinkedDataLinks links) {
        this.pages = pages;
        this.queries = queries;
        this.editions = editions;
        this.links = links;
    }

    /** HTML, JSON, CSV or (forwarded) RDF as {@code Accept} asks, by the rules of every IRI of ours. */
    @GetMapping(path = PATH, produces = {MediaType.TEXT_HTML_VALUE, MediaType.APPLICATION_JSON_VALUE, "text/csv"},
            params = "!format")
    Object negotiated(@PathVariable String revision, @PathVariable String notation,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestParam(name = Editions.PARAMETER, required = false) String edition,
            @RequestParam(name = PageTables.PARAMETER, required = false) String table,
            HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (Representation.csvPreferred(null, accept)) {
            return csv(revision, notation, edition, table);
        }
        return switch (Representation.choose(null, accept).orElseGet(Representation.Html::new)) {
            case Representation.Json json -> data(revision, notation, edition);
            case Representation.Rdf rdf -> new ModelAndView("forward:"
                    + links.formatLink(pages.conceptIri(revision, notation), rdf.format().parameter()));
            case Representation.Html html -> page(revision, notation, edition, request, response);
        };
    }

    @GetMapping(path = PATH, params = "format=html")
    ModelAndView page(@PathVariable String revision, @PathVariable String notation,
            @RequestParam(name = Editions.PARAMETER, required = false) String edition, HttpServletRequest request,
            HttpServletResponse response) {
        Edition shown = editions.resolve(edition);
        String graph = shown.graph();
        ProcessPage page = pages.in(graph).page(revision, notation);
        String iri = page.process().iri();
        TaxonomyQueries inEdition = queries.in(graph);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return new ModelAndView("taxonomy/process")
                .addObject("page", page)
                .addObject("csv", ProcessTables.of(page, shown).links(request))
                .addObject("iri", iri)
                .addObject("sparql", inEdition.text("taxonomy/competences", "concept", iri))
                .addObject("pageQueries", PAGE_QUERIES.stream()
                        .map(name -> new PageQuery(name, inEdition.text(name, "concept", iri))).toList());
    }

    @GetMapping(path = PATH, params = "format=csv")
    ResponseEntity<byte[]> csv(@PathVariable String revision, @PathVariable String notation,
            @RequestParam(name = Editions.PARAMETER, required = false) String edition,
            @RequestParam(name = PageTables.PARAMETER, required = false) String table) {
        Edition shown = editions.resolve(edition);
        return ProcessTables.of(pages.in(shown.graph()).page(revision, notation), shown).csv(table);
    }

    @GetMapping(path = PATH, params = "format=json")
    ResponseEntity<EditionData<ProcessPage>> data(@PathVariable String revision, @PathVariable String notation,
            @RequestParam(name = Editions.PARAMETER, required = false) String edition) {
        Edition shown = editions.resolve(edition);
        ProcessPage page = pages.in(shown.graph()).page(revision, notation);
        return ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT).contentType(MediaType.APPLICATION_JSON)
                .body(EditionData.of(shown, page));
    }

}
