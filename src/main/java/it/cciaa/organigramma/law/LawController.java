package it.cciaa.organigramma.law;

import it.cciaa.organigramma.query.PageQuery;
import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.edition.EditionData;
import it.cciaa.organigramma.edition.Editions;
import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import it.cciaa.organigramma.linkeddata.Representation;
import it.cciaa.organigramma.store.KgProperties;
import it.cciaa.organigramma.table.PageTables;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
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
 * {@code /norme}, the laws the organigram cites, and {@code /norme/atto?iri=}, the page of one law (ELI IRIs are not
 * ours, so the page takes the IRI as a parameter). HTML for people (and {@code *}{@code /*}), JSON page data for
 * {@code application/json} or {@code ?format=json}, one of the page's tables as CSV for {@code text/csv} or
 * {@code ?format=csv} ({@link LawTables}); a request that prefers an RDF type is sent (303) to the RDF of what the page
 * shows: the law, or the laws graph.
 */
@Controller
class LawController {
    private static final String INDEX = "/norme";
    private static final String LAW = "/norme/atto";

    /** The queries a law page runs, in the order its sections show their answers. */
    private static final List<String> PAGE_QUERIES = List.of("law/law", "law/official-pages", "law/parts",
            "law/citing", "law/linked-concepts");

    private final LawPages pages;
    private final LawQueries queries;
    private final Editions editions;
    private final LinkedDataLinks links;
    private final String lawGraph;

    LawController(LawPages pages, LawQueries queries, Editions editions, LinkedDataLinks links,
            KgProperties properties) {
        this.pages = pages;
        this.queries = queries;
        this.editions = editions;
        this.links = links;
        this.lawGraph = properties.iris().lawGraph();
    }

    /**
     * HTML, JSON, CSV, or for an RDF type a 303 to the laws graph, as {@code Accept} asks ({@link Representation}), or
     * a {@code ?format=} other than the ones mapped below ({@code turtle}…; 406 for one the service does not offer).
     */
    @GetMapping(path = INDEX)
    Object negotiatedIndex(@RequestParam(name = "format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestParam(name = Editions.PARAMETER, required = false) String edition,
            @RequestParam(name = PageTables.PARAMETER, required = false) String table,
            HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (Representation.csvPreferred(format, accept)) {
            return indexCsv(edition, table);
        }
        return switch (Representation.required(format, format == null ? accept : null)) {
            case Representation.Json json -> indexData(edition);
            case Representation.Rdf rdf -> Representation.seeOther(links.formatLink(lawGraph, rdf.format().parameter()));
            case Representation.Html html -> index(edition, request, response);
        };
    }

    @GetMapping(path = INDEX, params = "format=html")
    ModelAndView index(@RequestParam(name = Editions.PARAMETER, required = false) String edition,
            HttpServletRequest request, HttpServletResponse response) {
        Edition shown = editions.resolve(edition);
        String graph = shown.graph();
        LawIndex index = pages.in(graph).index();
        LawQueries inEdition = queries.in(graph);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return new ModelAndView("law/laws")
                .addObject("index", index)
                .addObject("csv", LawTables.ofIndex(index, shown).links(request))
                .addObject("iri", lawGraph)
                .addObject("sparql", inEdition.text("law/laws", Map.of()))
                .addObject("unresolvedSparql", inEdition.text("law/unresolved-references", Map.of()));
    }

    @GetMapping(path = INDEX, params = "format=csv")
    ResponseEntity<byte[]> indexCsv(@RequestParam(name = Editions.PARAMETER, required = false) String edition,
            @RequestParam(name = PageTables.PARAMETER, required = false) String table) {
        Edition shown = editions.resolve(edition);
        return LawTables.ofIndex(pages.in(shown.graph()).index(), shown).csv(table);
    }

    @GetMapping(path = INDEX, params = "format=json")
    ResponseEntity<EditionData<LawIndex>> indexData(@RequestParam(name = Editions.PARAMETER, required = false) String edition) {
        Edition shown = editions.resolve(edition);
        return ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT).contentType(MediaType.APPLICATION_JSON)
                .body(EditionData.of(shown, pages.in(shown.graph()).index()));
    }

    /** HTML, JSON, CSV, or for an RDF type a 303 to the law's own RDF, as {@code Accept} or {@code ?format=} asks. */
    @GetMapping(path = LAW)
    Object negotiatedLaw(@RequestParam(name = "format", required = false) String format,
            @RequestParam(name = "iri", required = false) String iri,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestParam(name = Editions.PARAMETER, required = false) String edition,
            @RequestParam(name = PageTables.PARAMETER, required = false) String table,
            HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (Representation.csvPreferred(format, accept)) {
            return lawCsv(iri, edition, table);
        }
        return switch (Representation.required(format, format == null ? accept : null)) {
            case Representation.Json json -> lawData(iri, edition);
            case Representation.Rdf rdf -> Representation.seeOther(links.formatLink(pages.lawIri(iri), rdf.format().parameter()));
            case Representation.Html html -> law(iri, edition, request, response);
        };
    }

    @GetMapping(path = LAW, params = "format=html")
    ModelAndView law(@RequestParam(name = "iri", required = false) String iri,
            @RequestParam(name = Editions.PARAMETER, required = false) String edition, HttpServletRequest request,
            HttpServletResponse response) {
        Edition shown = editions.resolve(edition);
        String graph = shown.graph();
        LawPage page = pages.in(graph).page(iri);
        String law = page.law().iri();
        LawQueries inEdition = queries.in(graph);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return new ModelAndView("law/law")
                .addObject("page", page)
                .addObject("csv", LawTables.ofLaw(page, shown).links(request))
                .addObject("lawIri", law)
                .addObject("sparql", inEdition.text("law/citing", Map.of("law", law)))
                .addObject("pageQueries", PAGE_QUERIES.stream()
                        .map(name -> new PageQuery(name, inEdition.text(name, Map.of("law", law)))).toList());
    }

    @GetMapping(path = LAW, params = "format=csv")
    ResponseEntity<byte[]> lawCsv(@RequestParam(name = "iri", required = false) String iri,
            @RequestParam(name = Editions.PARAMETER, required = false) String edition,
            @RequestParam(name = PageTables.PARAMETER, required = false) String table) {
        Edition shown = editions.resolve(edition);
        return LawTables.ofLaw(pages.in(shown.graph()).page(iri), shown).csv(table);
    }

    @GetMapping(path = LAW, params = "format=json")
    ResponseEntity<EditionData<LawPage>> lawData(@RequestParam(name = "iri", required = false) String iri,
            @RequestParam(name = Editions.PARAMETER, required = false) String edition) {
        Edition shown = editions.resolve(edition);
        return ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT).contentType(MediaType.APPLICATION_JSON)
                .body(EditionData.of(shown, pages.in(shown.graph()).page(iri)));
    }
}
