package it.cciaa.organigramma.validation;

import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.edition.Editions;
import it.cciaa.organigramma.iri.ChamberIris;
import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import it.cciaa.organigramma.linkeddata.Representation;
import it.cciaa.organigramma.store.KgProperties;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The validation report of an edition at its graph's own IRI path, {@code /graph/validazione/{ente}/{edition}}:
 * HTML for people (and {@code *}{@code /*}), JSON page data ({@link ReportPage}) for {@code application/json} or
 * {@code ?format=json}. The RDF forms of the same IRI (the graph's content, the SHACL report itself) stay the
 * linked-data controller's: a request that prefers an RDF type is forwarded there.
 */
@Controller
class ReportController {
    private static final String PATH = "/graph/validazione/{ente}/{key}";

    /** An edition key: the edition's date, or {@code sha256-} and 12 hex digits of its document's checksum. */
    private static final Pattern KEY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|sha256-[0-9a-f]{12}");

    private final ReportQueries reports;
    private final Editions editions;
    private final LinkedDataLinks links;
    private final ServiceIris iris;

    ReportController(ReportQueries reports, Editions editions, LinkedDataLinks links, KgProperties properties) {
        this.reports = reports;
        this.editions = editions;
        this.links = links;
        this.iris = properties.iris();
    }

    /** HTML, JSON or (forwarded) RDF as {@code Accept} asks, by the rules of every IRI of ours. */
    @GetMapping(path = PATH, params = "!format")
    Object negotiated(@PathVariable String ente, @PathVariable String key,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response) {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        return switch (Representation.required(null, accept)) {
            case Representation.Json json -> data(ente, key);
            case Representation.Rdf rdf -> new ModelAndView("forward:"
                    + links.formatLink(reportGraph(ente, key), rdf.format().parameter()));
            case Representation.Html html -> page(ente, key, response);
        };
    }

    @GetMapping(path = PATH, params = "format=html")
    ModelAndView page(@PathVariable String ente, @PathVariable String key, HttpServletResponse response) {
        String report = reportGraph(ente, key);
        String edition = iris.chamber(ente).editionGraph(key);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        Optional<Edition> validated = editions.byId(ente + "/" + key);
        return new ModelAndView("validation/report")
                .addObject("report", read(report, edition))
                .addObject("iri", report)
                .addObject("editionTitle", validated.map(Edition::title).orElse("Edizione"))
                .addObject("title", "Validazione dell'" + validated.map(Edition::fullLabel).orElse("edizione"))
                .addObject("editionGraph", edition)
                .addObject("edition", iris.chamber(ente).edition(key))
                .addObject("sparql", reports.resultsQueryText(report, edition));
    }

    @GetMapping(path = PATH, params = "format=json")
    ResponseEntity<ReportPage> data(@PathVariable String ente, @PathVariable String key) {
        String report = reportGraph(ente, key);
        ReportPage page = read(report, iris.chamber(ente).editionGraph(key));
        return ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT).contentType(MediaType.APPLICATION_JSON).body(page);
    }

    private ReportPage read(String report, String edition) {
        return reports.report(report, edition).orElseThrow(() -> unknown(report));
    }

    /** The report graph's IRI; a segment that is no slug or edition key of ours names no report (404, no query). */
    private String reportGraph(String ente, String key) {
        String iri = iris.chamber(ente).reportGraph(key);
        if (!ChamberIris.SLUG.matcher(ente).matches() || !KEY.matcher(key).matches()) {
            throw unknown(iri);
        }
        return iri;
    }

    private static ResponseStatusException unknown(String iri) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Nessun rapporto di validazione con questo indirizzo / no validation report at " + iri);
    }
}
