package it.cciaa.organigramma.edition;

import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import it.cciaa.organigramma.linkeddata.Representation;
import it.cciaa.organigramma.store.KgProperties;
import it.cciaa.organigramma.table.PageTables;
import jakarta.servlet.http.HttpServletRequest;
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
 * (and {@code *}{@code /*}), JSON for {@code application/json} or {@code ?format=json}, the table as CSV for
 * {@code text/csv} or {@code ?format=csv}; an RDF request is sent (303) to the catalogue's RDF, which describes the
 * same editions. The page announces the editions' Atom feed ({@link EditionFeedController}).
 */
@Controller
class EditionHistoryController {
    static final String PATH = "/edizioni";

    private final Editions editions;
    private final EditionFeeds feeds;
    private final LinkedDataLinks links;
    private final String catalogue;

    EditionHistoryController(Editions editions, EditionFeeds feeds, LinkedDataLinks links, KgProperties properties) {
        this.editions = editions;
        this.feeds = feeds;
        this.links = links;
        this.catalogue = properties.iris().catalogue();
    }

    /** HTML, JSON, CSV, or for an RDF type a 303 to the catalogue's RDF, as {@code ?format=} or {@code Accept} asks. */
    @GetMapping(PATH)
    Object history(@RequestParam(name = "format", required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (Representation.csvPreferred(format, accept)) {
            return tables().csv(request.getParameter(PageTables.PARAMETER));
        }
        return switch (Representation.required(format, format == null || format.isBlank() ? accept : null)) {
            case Representation.Json json -> ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT)
                    .contentType(MediaType.APPLICATION_JSON).body(history());
            case Representation.Rdf rdf -> Representation.seeOther(links.formatLink(catalogue, rdf.format().parameter()));
            case Representation.Html html -> new ModelAndView("edition/history")
                    .addObject("history", history())
                    .addObject("csv", tables().links(request))
                    .addObject("atomFeed", feeds.announcement(Editions.requestedChamber()))
                    .addObject("iri", catalogue)
                    .addObject("sparql", editions.queryText());
        };
    }

    /** The page's one table, the editions ({@code edizioni}). */
    private PageTables tables() {
        return new PageTables("edizioni" + Editions.requestedChamber().map(ente -> "-" + ente).orElse(""))
                .with("edizioni", () -> history().table());
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
