package it.cciaa.organigramma.law;

import it.cciaa.organigramma.ingest.Iris;
import it.cciaa.organigramma.store.KgProperties;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /norme}, the laws the organigram cites, and {@code /norme/atto?iri=}, the page of one law (ELI IRIs are not
 * ours, so the page takes the IRI as a parameter). HTML, or JSON with {@code Accept: application/json} or
 * {@code ?format=json}.
 */
@Controller
class LawController {
    /** The queries a law page runs, in the order its sections show their answers. */
    private static final List<String> PAGE_QUERIES = List.of("law/law", "law/official-pages", "law/parts",
            "law/citing", "law/linked-concepts");

    private final LawPages pages;
    private final LawQueries queries;
    private final String lawGraph;

    LawController(LawPages pages, LawQueries queries, KgProperties properties) {
        this.pages = pages;
        this.queries = queries;
        this.lawGraph = new Iris(properties.baseIri(), "", "").lawGraph();
    }

    @GetMapping(path = "/norme", produces = MediaType.TEXT_HTML_VALUE, params = "!format")
    String index(Model model) {
        model.addAttribute("index", pages.index());
        model.addAttribute("iri", lawGraph);
        model.addAttribute("sparql", queries.text("law/laws", Map.of()));
        model.addAttribute("unresolvedSparql", queries.text("law/unresolved-references", Map.of()));
        return "law/laws";
    }

    @GetMapping(path = "/norme", produces = MediaType.APPLICATION_JSON_VALUE, params = "!format")
    ResponseEntity<LawIndex> indexData() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(pages.index());
    }

    @GetMapping(path = "/norme", params = "format=json")
    ResponseEntity<LawIndex> indexDataByParameter() {
        return indexData();
    }

    @GetMapping(path = "/norme/atto", produces = MediaType.TEXT_HTML_VALUE, params = "!format")
    String law(@RequestParam(name = "iri", required = false) String iri, Model model) {
        LawPage page = pages.page(iri);
        String law = page.law().iri();
        model.addAttribute("page", page);
        model.addAttribute("lawIri", law);
        model.addAttribute("sparql", queries.text("law/citing", Map.of("law", law)));
        model.addAttribute("pageQueries", PAGE_QUERIES.stream()
                .map(name -> new PageQuery(name, queries.text(name, Map.of("law", law)))).toList());
        return "law/law";
    }

    @GetMapping(path = "/norme/atto", produces = MediaType.APPLICATION_JSON_VALUE, params = "!format")
    ResponseEntity<LawPage> lawData(@RequestParam(name = "iri", required = false) String iri) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(pages.page(iri));
    }

    @GetMapping(path = "/norme/atto", params = "format=json")
    ResponseEntity<LawPage> lawDataByParameter(@RequestParam(name = "iri", required = false) String iri) {
        return lawData(iri);
    }

    /** A query the page ran, with its text as run, for the page's "see the SPARQL" links. */
    record PageQuery(String name, String text) {}
}
