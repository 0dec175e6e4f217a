package it.cciaa.organigramma.organigram;

import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.edition.EditionData;
import it.cciaa.organigramma.edition.Editions;
import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import it.cciaa.organigramma.linkeddata.Representation;
import it.cciaa.organigramma.table.PageTables;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
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
 * JSON for {@code application/json} or {@code ?format=json}, the units as a table in CSV for {@code text/csv} or
 * {@code ?format=csv} ({@link Organigram#table()}), and drawn as a chart: SVG for {@code image/svg+xml} or
 * {@code ?format=svg}, PDF (A3 landscape) for {@code application/pdf} or {@code ?format=pdf} ({@link ChartFormat}).
 * The page has no RDF of its own: an RDF request is sent (303) to the Ente's, whose description links every unit.
 * The current edition, or the one {@code ?edizione=} names, of the chamber {@code ?ente=} names.
 */
@Controller
class OrganigramController {
    static final String PATH = "/organigramma";

    private final OrganigramQueries queries;
    private final Editions editions;
    private final LinkedDataLinks links;
    private final OrganigramDrawings drawings;

    OrganigramController(OrganigramQueries queries, Editions editions, LinkedDataLinks links,
            OrganigramDrawings drawings) {
        this.queries = queries;
        this.editions = editions;
        this.links = links;
        this.drawings = drawings;
    }

    /**
     * HTML, JSON, the chart, or for an RDF type a 303 to the Ente's RDF, as {@code Accept} asks ({@link ChartFormat},
     * {@link Representation}).
     */
    @GetMapping(path = PATH, params = "!format")
    Object negotiated(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestParam(name = Editions.PARAMETER, required = false) String edition, HttpServletRequest request,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        Optional<ChartFormat> chart = ChartFormat.preferred(accept);
        if (chart.isPresent()) {
            return drawings.answer(editions.resolve(edition), chart.get());
        }
        if (Representation.csvPreferred(null, accept)) {
            return csv(edition, request.getParameter(PageTables.PARAMETER));
        }
        return switch (Representation.choose(null, accept).orElseThrow(ChartFormat::notAcceptable)) {
            case Representation.Json json -> data(edition);
            case Representation.Rdf rdf -> enteRdf(rdf, edition);
            case Representation.Html html -> page(edition, request, response);
        };
    }

    @GetMapping(path = PATH, params = "format=html")
    ModelAndView page(@RequestParam(name = Editions.PARAMETER, required = false) String edition,
            HttpServletRequest request, HttpServletResponse response) {
        Edition resolved = editions.resolve(edition);
        OrganigramQueries shown = queries.in(resolved.graph());
        List<TreeNode> roots = roots(shown);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return new ModelAndView("organigram/tree")
                .addObject("edition", resolved)
                .addObject("roots", roots)
                .addObject("csv", tables(resolved).links(request))
                .addObject("alternates", ChartFormat.alternates(resolved))
                .addObject("iri", roots.getFirst().unit().iri())
                .addObject("sparql", shown.queryText("organigram/tree", null));
    }

    @GetMapping(path = PATH, params = "format=json")
    ResponseEntity<EditionData<Organigram>> data(@RequestParam(name = Editions.PARAMETER, required = false) String edition) {
        Edition shown = editions.resolve(edition);
        return ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT).contentType(MediaType.APPLICATION_JSON)
                .body(EditionData.of(shown, Organigram.of(roots(queries.in(shown.graph())))));
    }

    /** The units as CSV, one row per unit in the tree's order. */
    @GetMapping(path = PATH, params = "format=csv")
    ResponseEntity<byte[]> csv(@RequestParam(name = Editions.PARAMETER, required = false) String edition,
            @RequestParam(name = PageTables.PARAMETER, required = false) String table) {
        return tables(editions.resolve(edition)).csv(table);
    }

    /** Any other {@code ?format=}: {@code svg}, {@code pdf}, or one {@link Representation} reads ({@code turtle}…). */
    @GetMapping(path = PATH, params = "format")
    Object otherFormat(@RequestParam String format, @RequestParam(name = Editions.PARAMETER, required = false) String edition,
            HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        Optional<ChartFormat> chart = ChartFormat.ofParameter(format);
        if (chart.isPresent()) {
            return drawings.answer(editions.resolve(edition), chart.get());
        }
        if (Representation.csvPreferred(format, null)) {
            return csv(edition, request.getParameter(PageTables.PARAMETER));
        }
        return switch (Representation.choose(format, null).orElseThrow(ChartFormat::notAcceptable)) {
            case Representation.Json json -> data(edition);
            case Representation.Rdf rdf -> enteRdf(rdf, edition);
            case Representation.Html html -> page(edition, request, response);
        };
    }

    /** The page's one table, its units ({@code unita}). */
    private PageTables tables(Edition shown) {
        return new PageTables("organigramma-" + shown.fileNamePart())
                .with("unita", () -> Organigram.of(roots(queries.in(shown.graph()))).table());
    }

    /** A 303 See Other to the Ente's RDF, the resource this page draws. */
    private ModelAndView enteRdf(Representation.Rdf rdf, String edition) {
        String enteIri = roots(queries.in(editions.resolve(edition).graph())).getFirst().unit().iri();
        String location = links.formatLink(enteIri, rdf.format().parameter());
        return Representation.seeOther(location);
    }

    /** The trees of the edition the queries read; 503 while it has none. */
    static List<TreeNode> roots(OrganigramQueries queries) {
        List<TreeNode> roots = queries.tree();
        if (roots.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "L'organigramma non è ancora caricato / the organigram is not loaded yet");
        }
        return roots;
    }
}
