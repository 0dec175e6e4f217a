package it.cciaa.organigramma.taxonomy;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page of a process-map concept at its IRI's path, {@code /controlled-vocabulary/mappa-processi/{rev}/{code}}:
 * HTML, or JSON with {@code Accept: application/json} or {@code ?format=json}. The RDF forms of the same IRI are
 * the linked-data controller's.
 */
@Controller
class ProcessPageController {
    static final String PATH = "/controlled-vocabulary/mappa-processi/{revision}/{notation}";

    /** The queries a concept page runs, in the order its sections show their answers. */
    private static final List<String> PAGE_QUERIES = List.of("taxonomy/concept", "taxonomy/broader-chain",
            "taxonomy/narrower", "taxonomy/competences", "taxonomy/declarations", "taxonomy/labels", "taxonomy/laws",
            "taxonomy/source-lines");

    private final ProcessPages pages;
    private final TaxonomyQueries queries;

    ProcessPageController(ProcessPages pages, TaxonomyQueries queries) {
        this.pages = pages;
        this.queries = queries;
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE, params = "!format")
    String page(@PathVariable String revision, @PathVariable String notation, Model model) {
        ProcessPage page = pages.page(revision, notation);
        String iri = page.process().iri();
        model.addAttribute("page", page);
        model.addAttribute("iri", iri);
        model.addAttribute("sparql", queries.text("taxonomy/competences", "concept", iri));
        model.addAttribute("pageQueries", PAGE_QUERIES.stream()
                .map(name -> new PageQuery(name, queries.text(name, "concept", iri))).toList());
        return "taxonomy/process";
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE, params = "!format")
    ResponseEntity<ProcessPage> data(@PathVariable String revision, @PathVariable String notation) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(pages.page(revision, notation));
    }

    @GetMapping(path = PATH, params = "format=json")
    ResponseEntity<ProcessPage> dataByParameter(@PathVariable String revision, @PathVariable String notation) {
        return data(revision, notation);
    }

    /** A query the page ran, with its text as run, for the page's "see the SPARQL" links. */
    record PageQuery(String name, String text) {}
}
