package it.cciaa.organigramma.taxonomy;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /processi}: the process map of the latest revision (or {@code ?revisione=}) as a four-level tree, all of it
 * or down to {@code ?livello=1..4}, every theme or only {@code ?tema=C1}. HTML, or JSON with
 * {@code Accept: application/json} or {@code ?format=json}.
 */
@Controller
class ProcessMapController {
    private final ProcessPages pages;
    private final TaxonomyQueries queries;

    ProcessMapController(ProcessPages pages, TaxonomyQueries queries) {
        this.pages = pages;
        this.queries = queries;
    }

    @GetMapping(path = "/processi", produces = MediaType.TEXT_HTML_VALUE, params = "!format")
    String page(@RequestParam(name = "revisione", required = false) String revision,
            @RequestParam(name = "livello", required = false) String level,
            @RequestParam(name = "tema", required = false) String theme, Model model) {
        ProcessTree tree = pages.tree(pages.revision(revision), level, theme);
        model.addAttribute("tree", tree);
        model.addAttribute("iri", tree.revision().scheme());
        model.addAttribute("sparql", queries.text("taxonomy/tree", "scheme", tree.revision().scheme()));
        return "taxonomy/map";
    }

    @GetMapping(path = "/processi", produces = MediaType.APPLICATION_JSON_VALUE, params = "!format")
    ResponseEntity<ProcessTree> data(@RequestParam(name = "revisione", required = false) String revision,
            @RequestParam(name = "livello", required = false) String level,
            @RequestParam(name = "tema", required = false) String theme) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(pages.tree(pages.revision(revision), level, theme));
    }

    @GetMapping(path = "/processi", params = "format=json")
    ResponseEntity<ProcessTree> dataByParameter(@RequestParam(name = "revisione", required = false) String revision,
            @RequestParam(name = "livello", required = false) String level,
            @RequestParam(name = "tema", required = false) String theme) {
        return data(revision, level, theme);
    }
}
