package it.cciaa.organigramma.organigram;

import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.edition.EditionData;
import it.cciaa.organigramma.edition.Editions;
import it.cciaa.organigramma.iri.ChamberIris;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import it.cciaa.organigramma.linkeddata.Representation;
import it.cciaa.organigramma.table.PageTables;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import it.cciaa.organigramma.edition.RetiredResources;
import it.cciaa.organigramma.store.KgProperties;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page of a unit at the unit's own IRI path (the Ente's and every support unit's): HTML for people (and for
 * {@code *}{@code /*}), JSON page data for {@code application/json} or {@code ?format=json}, one of its tables as CSV
 * for {@code text/csv} or {@code ?format=csv} ({@link UnitTables}: the activities, or {@code &tabella=}). The RDF forms
 * of the same paths are the linked-data controller's: a request that prefers an RDF type is forwarded there. The Ente's
 * IRI, which stands for the chamber and so for its organigram, answers {@code image/svg+xml} and {@code application/pdf}
 * (or {@code ?format=svg}, {@code ?format=pdf}) with the organigram drawn ({@link OrganigramDrawings}). The unit as the
 * current edition describes it, or the edition {@code ?edizione=} names (404 when the unit is not in it).
 */
@Controller
class UnitController {
    static final String SUPPORT_UNIT = "/data/organization/support-unit/{ente}/{unit}";
    static final String PUBLIC_ORGANIZATION = "/data/organization/public-organization/{ente}";

    private final OrganigramQueries queries;
    private final Editions editions;
    private final LinkedDataLinks links;
    private final RetiredResources retired;
    private final ServiceIris iris;
    private final OrganigramDrawings drawings;

    UnitController(OrganigramQueries queries, Editions editions, LinkedDataLinks links, RetiredResources retired,
            KgProperties properties, OrganigramDrawings drawings) {
        this.queries = queries;
        this.editions = editions;
        this.links = links;
        this.retired = retired;
        this.iris = properties.iris();
        this.drawings = drawings;
    }

    /**
     * HTML, JSON or CSV as {@code Accept} asks, by the same rules as every IRI of ours ({@link Representation}); the
     * organigram drawn for the Ente's IRI ({@link ChartFormat}).
     */
    @GetMapping(path = {SUPPORT_UNIT, PUBLIC_ORGANIZATION}, produces = {MediaType.TEXT_HTML_VALUE,
            MediaType.APPLICATION_JSON_VALUE, "text/csv", "image/svg+xml", MediaType.APPLICATION_PDF_VALUE},
            params = "!format")
    Object negotiated(@PathVariable String ente, @PathVariable(required = false) String unit,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestParam(name = Editions.PARAMETER, required = false) String edition,
            @RequestParam(name = PageTables.PARAMETER, required = false) String table,
            HttpServletRequest request, HttpServletResponse response) {
        String iri = iriOf(ente, unit);
        Optional<ChartFormat> chart = ChartFormat.preferred(accept);
        if (chart.isPresent()) {
            response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
            if (unit != null) {
                throw new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE, "Il disegno dell'organigramma "
                        + "(image/svg+xml, application/pdf) è all'indirizzo dell'ente e in /organigramma; per "
                        + "un'unità: text/html, application/json e i formati RDF (text/turtle, application/ld+json, "
                        + "application/rdf+xml, application/n-triples)");
            }
            return drawings.answer(editions.resolve(edition, ente), chart.get());
        }
        if (Representation.csvPreferred(null, accept)) {
            return csv(ente, unit, edition, table);
        }
        return switch (Representation.choose(null, accept).orElseGet(Representation.Html::new)) {
            case Representation.Json json -> data(ente, unit, edition);
            case Representation.Rdf rdf -> new ModelAndView("forward:" + links.pathOf(iri) + "?format="
                    + rdf.format().parameter());
            case Representation.Html html -> page(ente, unit, edition, request, response);
        };
    }

    @GetMapping(path = {SUPPORT_UNIT, PUBLIC_ORGANIZATION}, params = "format=html")
    ModelAndView page(@PathVariable String ente, @PathVariable(required = false) String unit,
            @RequestParam(name = Editions.PARAMETER, required = false) String edition, HttpServletRequest request,
            HttpServletResponse response) {
        String iri = iriOf(ente, unit);
        Edition shown = editions.resolve(edition);
        UnitPage page = read(iri, shown, edition);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return new ModelAndView("organigram/unit")
                .addObject("page", page)
                .addObject("csv", UnitTables.of(page, unit == null ? ente : unit, shown).links(request))
                .addObject("iri", iri)
                .addObject("sparql", queries.in(shown.graph()).queryText("organigram/unit-activities", iri));
    }

    @GetMapping(path = {SUPPORT_UNIT, PUBLIC_ORGANIZATION}, params = "format=json")
    ResponseEntity<EditionData<UnitPage>> data(@PathVariable String ente, @PathVariable(required = false) String unit,
            @RequestParam(name = Editions.PARAMETER, required = false) String edition) {
        String iri = iriOf(ente, unit);
        Edition shown = editions.resolve(edition);
        return ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT).contentType(MediaType.APPLICATION_JSON)
                .body(EditionData.of(shown, read(iri, shown, edition)));
    }

    @GetMapping(path = {SUPPORT_UNIT, PUBLIC_ORGANIZATION}, params = "format=csv")
    ResponseEntity<byte[]> csv(@PathVariable String ente, @PathVariable(required = false) String unit,
            @RequestParam(name = Editions.PARAMETER, required = false) String edition,
            @RequestParam(name = PageTables.PARAMETER, required = false) String table) {
        String iri = iriOf(ente, unit);
        Edition shown = editions.resolve(edition);
        return UnitTables.of(read(iri, shown, edition), unit == null ? ente : unit, shown).csv(table);
    }

    @GetMapping(path = PUBLIC_ORGANIZATION, params = "format=svg")
    ResponseEntity<byte[]> svg(@PathVariable String ente,
            @RequestParam(name = Editions.PARAMETER, required = false) String edition) {
        iriOf(ente, null);
        return drawings.answer(editions.resolve(edition, ente), ChartFormat.SVG);
    }

    @GetMapping(path = PUBLIC_ORGANIZATION, params = "format=pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String ente,
            @RequestParam(name = Editions.PARAMETER, required = false) String edition) {
        iriOf(ente, null);
        return drawings.answer(editions.resolve(edition, ente), ChartFormat.PDF);
    }

    /**
     * The unit's page as the edition shows it; 410 when the current edition is shown and an earlier one had the unit,
     * 404 when the unit is not in that edition.
     */
    private UnitPage read(String iri, Edition shown, String asked) {
        Optional<UnitPage> page = UnitPage.read(queries.in(shown.graph()), iri);
        if (page.isEmpty() && (asked == null || asked.isBlank())) {
            retired.failIfRetired(iri);
        }
        return page.orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "Nessuna unità organizzativa con questo indirizzo nell'" + shown.label()
                        + " / no organisational unit at " + iri + " in edition " + shown.key()));
    }

    /** The unit's IRI; a segment that is no slug of ours names no unit (404, and no query is run). */
    private String iriOf(String ente, String unit) {
        ChamberIris chamber = iris.chamber(ente);
        String iri = unit == null ? chamber.iri() : chamber.supportUnit(unit);
        if (!ChamberIris.SLUG.matcher(ente).matches() || (unit != null && !ChamberIris.SLUG.matcher(unit).matches())) {
            throw unknown(iri);
        }
        return iri;
    }

    private static ResponseStatusException unknown(String iri) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Nessuna unità organizzativa con questo indirizzo / no organisational unit at " + iri);
    }
}
