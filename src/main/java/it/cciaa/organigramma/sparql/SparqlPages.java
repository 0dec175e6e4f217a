package it.cciaa.organigramma.sparql;

import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import it.cciaa.organigramma.store.KgProperties;
import it.cciaa.organigramma.vocabulary.Prefixes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.springframework.stereotype.Component;

/** Builds the endpoint's HTML page: the empty form, the form with an answer, or the form with an error. */
@Component
class SparqlPages {
    /** Rows of a SELECT shown on the page; the downloads carry them all. */
    static final int SHOWN_ROWS = 1000;
    /** Characters of a CONSTRUCT or DESCRIBE answer shown on the page. */
    static final int SHOWN_CHARACTERS = 200_000;

    private final QueryExamples examples;
    private final LinkedDataLinks links;
    private final StoreGraphs graphs;
    private final SparqlPage.Limits limits;
    private final SparqlPage.Editor editor;

    SparqlPages(QueryExamples examples, LinkedDataLinks links, StoreGraphs graphs, KgProperties properties,
            PublicQueryRunner runner) {
        this.examples = examples;
        this.links = links;
        this.graphs = graphs;
        this.limits = new SparqlPage.Limits(runner.timeoutText(), properties.maxRows(), size(properties.maxBytes()),
                SHOWN_ROWS);
        this.editor = new SparqlPage.Editor(Yasgui.SCRIPT, Yasgui.STYLESHEET, Yasgui.LICENCE,
                properties.baseIri());
    }

    /** The form, with the query asked (if any) and an error message (if any). */
    SparqlPage form(SparqlRequest request, String error) {
        return page(request, error, null);
    }

    /** The form with the answer to its query. */
    SparqlPage answered(SparqlRequest request, AdmittedQuery admitted, QueryAnswer answer, WrittenAnswer turtle) {
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.ALL)
                .setNsPrefixes(admitted.query().getPrefixMapping());
        List<SparqlPage.Link> downloads = downloads(request, admitted.answersWithGraph()
                ? AnswerFormat.FOR_GRAPHS : AnswerFormat.FOR_RESULTS);
        SparqlPage.Answer shown = switch (answer) {
            case QueryAnswer.Verdict verdict -> new SparqlPage.Answer(admitted.form(), List.of(), List.of(), 1, false,
                    verdict.value(), null, false, downloads);
            case QueryAnswer.Solutions solutions -> new SparqlPage.Answer(admitted.form(),
                    solutions.variables().stream().map(Var::getVarName).toList(),
                    solutions.rows().stream().limit(SHOWN_ROWS).map(row -> cells(row, solutions.variables(), prefixes))
                            .toList(),
                    solutions.rows().size(), solutions.cutAtRowLimit(), null, null, false, downloads);
            case QueryAnswer.Triples triples -> {
                String text = new String(turtle.body(), StandardCharsets.UTF_8);
                boolean longText = text.length() > SHOWN_CHARACTERS;
                yield new SparqlPage.Answer(admitted.form(), List.of(), List.of(), triples.triples().size(),
                        triples.cutAtRowLimit(), null, longText ? text.substring(0, SHOWN_CHARACTERS) + "\n…" : text,
                        longText, downloads);
            }
        };
        return page(request, null, shown);
    }

    private SparqlPage page(SparqlRequest request, String error, SparqlPage.Answer answer) {
        List<SparqlPage.Link> graphLinks = graphs.all().stream()
                .map(graph -> new SparqlPage.Link(graph, links.href(graph), null)).toList();
        String defaultGraph = request.defaultGraphs().isEmpty() ? "" : request.defaultGraphs().getFirst();
        String format = request.format() == null || request.format().isBlank() ? "html" : request.format();
        return new SparqlPage(request.query(), format, defaultGraph, error, answer, examples.groups(),
                examples.prefixes(), graphLinks, limits, editor);
    }

    private List<SparqlPage.Cell> cells(Binding row, List<Var> variables, PrefixMapping prefixes) {
        List<SparqlPage.Cell> cells = new ArrayList<>(variables.size());
        for (Var variable : variables) {
            cells.add(cell(row.get(variable), prefixes));
        }
        return cells;
    }

    private SparqlPage.Cell cell(Node node, PrefixMapping prefixes) {
        if (node == null) {
            return new SparqlPage.Cell("", null, null);
        }
        if (node.isURI()) {
            return new SparqlPage.Cell(prefixes.shortForm(node.getURI()), links.href(node.getURI()), null);
        }
        if (node.isLiteral()) {
            String language = node.getLiteralLanguage();
            String note = language != null && !language.isEmpty() ? "@" + language
                    : node.getLiteralDatatypeURI().equals("http://www.w3.org/2001/XMLSchema#string") ? null
                    : "^^" + prefixes.shortForm(node.getLiteralDatatypeURI());
            return new SparqlPage.Cell(node.getLiteralLexicalForm(), null, note);
        }
        return new SparqlPage.Cell(node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.toString(), null, null);
    }

    /** The same request in every format of its answer, as plain links. */
    private static List<SparqlPage.Link> downloads(SparqlRequest request, List<AnswerFormat> formats) {
        StringBuilder common = new StringBuilder("/sparql?query=").append(encode(request.query()));
        request.defaultGraphs().forEach(graph -> common.append("&default-graph-uri=").append(encode(graph)));
        request.namedGraphs().forEach(graph -> common.append("&named-graph-uri=").append(encode(graph)));
        return formats.stream().filter(format -> format != AnswerFormat.HTML)
                .map(format -> new SparqlPage.Link(format.label(), common + "&format=" + format.key(), format.mediaType()))
                .toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " byte";
    }
}
