package it.cciaa.organigramma.sparql;

import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.QueryTags;
import it.cciaa.organigramma.vocabulary.Prefixes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.shared.PrefixMapping;
import org.springframework.stereotype.Component;

/**
 * The query library as the SPARQL page's examples: every query under each of its tags, with its Italian title and its
 * text as the file writes it, its parameters left as {@code ?_name} variables for the user to fill in; and the
 * prefixes the editor completes.
 */
@Component
class QueryExamples {
    private final List<SparqlPage.ExampleGroup> groups;
    private final List<SparqlPage.Prefix> prefixes;

    QueryExamples(NamedQueries library) {
        this.groups = groups(library.all().values());
        this.prefixes = prefixes(library.all().values());
    }

    /** The examples by tag, in {@link QueryTags}' order, each group's queries by name. */
    List<SparqlPage.ExampleGroup> groups() {
        return groups;
    }

    /** The project's prefixes, then the other ones the library's queries declare, then Jena's standard ones (rdf…). */
    List<SparqlPage.Prefix> prefixes() {
        return prefixes;
    }

    /**
     * The text the editor opens for a query: its Italian title, where it comes from and what its parameters are, as
     * comments, then the query as written.
     */
    static String text(NamedQuery query) {
        StringBuilder text = new StringBuilder("# ").append(title(query)).append('\n')
                .append("# Dalla libreria delle query: queries/").append(query.name()).append(".rq\n");
        if (!query.requiredParameters().isEmpty()) {
            text.append("# Parametri da impostare: ").append(variables("?_", query.requiredParameters()))
                    .append(". Sostituire ciascuno con un valore (un IRI tra < >);\n")
                    .append("# lasciato libero, la query risponde per ogni valore e può superare il tempo massimo.\n");
        }
        if (!query.optionalParameters().isEmpty()) {
            text.append("# Parametri facoltativi: ").append(variables("?__", query.optionalParameters()))
                    .append(". Liberi, valgono per ogni valore (per ?__edition: ogni edizione).\n");
        }
        return text.append(query.source()).toString();
    }

    private static List<SparqlPage.ExampleGroup> groups(Collection<NamedQuery> queries) {
        Map<String, List<SparqlPage.Example>> byTag = new LinkedHashMap<>();
        QueryTags.ordered().forEach(tag -> byTag.put(tag, new ArrayList<>()));
        for (NamedQuery query : queries) {
            SparqlPage.Example example = new SparqlPage.Example(title(query), query.name(),
                    "/sparql?query=" + URLEncoder.encode(text(query), StandardCharsets.UTF_8),
                    variables("?_", query.requiredParameters()), variables("?__", query.optionalParameters()));
            query.tags().forEach(tag -> byTag.computeIfAbsent(tag, unknown -> new ArrayList<>()).add(example));
        }
        return byTag.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> new SparqlPage.ExampleGroup(entry.getKey(), QueryTags.italianName(entry.getKey()),
                        List.copyOf(entry.getValue())))
                .toList();
    }

    private static List<SparqlPage.Prefix> prefixes(Collection<NamedQuery> queries) {
        Map<String, String> namespaces = new LinkedHashMap<>(Prefixes.ALL);
        for (NamedQuery query : queries) {
            query.query().getPrefixMapping().getNsPrefixMap().forEach(namespaces::putIfAbsent);
        }
        PrefixMapping.Standard.getNsPrefixMap().forEach(namespaces::putIfAbsent);
        return namespaces.entrySet().stream().map(entry -> new SparqlPage.Prefix(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** The Italian title, or the English summary of a query that has none yet. */
    private static String title(NamedQuery query) {
        return query.italianSummary().isEmpty() ? query.summary() : query.italianSummary();
    }

    private static String variables(String marker, Set<String> parameters) {
        return parameters.stream().map(parameter -> marker + parameter).collect(Collectors.joining(", "));
    }
}
