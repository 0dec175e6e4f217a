package it.cciaa.organigramma.web;

import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.edition.EditionData;
import it.cciaa.organigramma.edition.Editions;
import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The home page: what the service is, the organigram in figures, search, and links to every part of it. HTML for
 * people (and for {@code *}{@code /*}), the figures as JSON for {@code application/json} or {@code ?format=json}; an
 * RDF request is sent (303) to the catalogue's RDF, which lists the editions.
 */
@Controller
class HomeController {
    private final OrganigramQueries queries;
    private final Editions editions;
    private final LinkedDataLinks links;
    private final String catalogue;

    HomeController(OrganigramQueries queries, Editions editions, LinkedDataLinks links, KgProperties properties) {
        this.queries = queries;
        this.editions = editions;
        this.links = links;
        this.catalogue = properties.iris().catalogue();
    }

    /** HTML, JSON, or for an RDF type a 303 to the catalogue's RDF, as {@code Accept} asks ({@link Representation}). */
    @GetMapping(path = "/", params = "!format")
    Object negotiated(@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestParam(name = Editions.PARAMETER, required = false) String edition, HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return switch (Representation.required(null, accept)) {
            case Representation.Json json -> data(edition);
            case Representation.Rdf rdf -> catalogueRdf(rdf);
            case Representation.Html html -> page(edition, response);
        };
    }

    @GetMapping(path = "/", params = "format=html")
    ModelAndView page(@RequestParam(name = Editions.PARAMETER, required = false) String edition, HttpServletResponse response) {
        if (national(edition)) {
            return new ModelAndView("forward:/enti?format=html");
        }
        Edition shown = editions.resolve(edition);
        OrganigramQueries inEdition = queries.in(shown.graph());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return new ModelAndView("home")
                .addObject("figures", OrganigramFigures.read(inEdition, shown))
                .addObject("iri", catalogue)
                .addObject("sparql", inEdition.queryText("home/units-by-kind", null));
    }

    @GetMapping(path = "/", params = "format=json")
    Object data(@RequestParam(name = Editions.PARAMETER, required = false) String edition) {
        if (national(edition)) {
            return new ModelAndView("forward:/enti?format=json");
        }
        Edition shown = editions.resolve(edition);
        return ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT).contentType(MediaType.APPLICATION_JSON)
                .body(EditionData.of(shown, OrganigramFigures.read(queries.in(shown.graph()), shown)));
    }

    /** Any other {@code ?format=} ({@code turtle}, {@code HTML}…), read as {@link Representation} reads it. */
    @GetMapping(path = "/", params = "format")
    Object otherFormat(@RequestParam String format, @RequestParam(name = Editions.PARAMETER, required = false) String edition,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return switch (Representation.required(format, null)) {
            case Representation.Json json -> data(edition);
            case Representation.Rdf rdf -> catalogueRdf(rdf);
            case Representation.Html html -> page(edition, response);
        };
    }

    /**
     * Whether the home page is the national one: the store holds several chambers and the request names neither a
     * chamber ({@code ?ente=}) nor an edition. With one chamber, the home page is the chamber's own.
     */
    private boolean national(String edition) {
        return (edition == null || edition.isBlank()) && Editions.requestedChamber().isEmpty() && editions.national();
    }

    /** A 303 See Other to the catalogue's RDF, the resource this page introduces. */
    private ModelAndView catalogueRdf(Representation.Rdf rdf) {
        return Representation.seeOther(links.formatLink(catalogue, rdf.format().parameter()));
    }

}
