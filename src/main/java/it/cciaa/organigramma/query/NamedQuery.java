package it.cciaa.organigramma.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * A query of {@code queries/}, parsed, with its grlc-style {@code #+} header. Its name is its path without
 * {@code .rq} ({@code queries/unit/activities-of-unit.rq} is {@code unit/activities-of-unit}); request parameters are
 * its variables {@code ?_name} (required) and {@code ?__name} (optional).
 *
 * @param summary the {@code #+ summary:} line (English, as grlc shows it)
 * @param italianSummary the {@code #+ summary_it:} line, the same in Italian; empty when the file has none
 * @param source the query as its file writes it below the header, comments and layout kept
 */
public record NamedQuery(
        String name,
        String summary,
        String italianSummary,
        String description,
        List<String> tags,
        Map<String, String> defaults,
        Set<String> requiredParameters,
        Set<String> optionalParameters,
        String source,
        Query query) {

    private static final Pattern PARAMETER = Pattern.compile("[?$](__?)([A-Za-z][A-Za-z0-9]*)");

    /** Parses a query file's text; a syntax error or a missing summary fails with the file's name. */
    public static NamedQuery parse(String name, String text) {
        Map<String, String> header = header(text);
        String summary = header.getOrDefault("summary", "").strip();
        if (summary.isEmpty()) {
            throw new IllegalArgumentException("queries/" + name + ".rq: no '#+ summary:' line in its header");
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("queries/" + name + ".rq: " + e.getMessage(), e);
        }
        Set<String> required = new LinkedHashSet<>();
        Set<String> optional = new LinkedHashSet<>();
        Matcher m = PARAMETER.matcher(text.replaceAll("(?m)^#.*$", ""));
        while (m.find()) {
            (m.group(1).length() == 1 ? required : optional).add(m.group(2));
        }
        return new NamedQuery(name, summary, header.getOrDefault("summary_it", "").strip(),
                header.getOrDefault("description", "").strip(), list(header.get("tags")), map(header.get("defaults")),
                required, optional, belowHeader(text), query);
    }

    /** The SPARQL variable that carries {@code parameter}: {@code _name} or {@code __name}. */
    public Var variableOf(String parameter) {
        if (requiredParameters.contains(parameter)) {
            return Var.alloc("_" + parameter);
        }
        if (optionalParameters.contains(parameter)) {
            return Var.alloc("__" + parameter);
        }
        throw new IllegalArgumentException("query " + name + " has no parameter '" + parameter + "'");
    }

    /**
     * The parameters the query uses where SPARQL admits only an IRI: a {@code GRAPH} name or a predicate (subqueries
     * and {@code EXISTS} patterns included). Bound to a literal there, the query would be no query at all, so such a value is refused up front.
     */
    public Set<String> iriParameters() {
        Set<Var> variables = new LinkedHashSet<>();
        iriPositions(query.getQueryPattern(), variables);
        Set<String> parameters = new LinkedHashSet<>();
        for (String parameter : requiredParameters) {
            if (variables.contains(variableOf(parameter))) {
                parameters.add(parameter);
            }
        }
        for (String parameter : optionalParameters) {
            if (variables.contains(variableOf(parameter))) {
                parameters.add(parameter);
            }
        }
        return parameters;
    }

    private static void iriPositions(Element pattern, Set<Var> found) {
        if (pattern == null) {
            return;
        }
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override
            public void visit(ElementNamedGraph graph) {
                if (graph.getGraphNameNode() instanceof Var name) {
                    found.add(name);
                }
            }

            @Override
            public void visit(ElementPathBlock block) {
                block.getPattern().forEach(triple -> {
                    if (triple.getPredicate() instanceof Var predicate) {
                        found.add(predicate);
                    }
                });
            }

            @Override
            public void visit(ElementSubQuery subquery) {
                iriPositions(subquery.getQuery().getQueryPattern(), found);
            }

            @Override
            public void visit(ElementFilter filter) {
                inExpression(filter.getExpr(), found);
            }

            @Override
            public void visit(ElementBind bind) {
                inExpression(bind.getExpr(), found);
            }
        });
    }

    /** The graph patterns of {@code EXISTS} and {@code NOT EXISTS} inside an expression. */
    private static void inExpression(Expr expression, Set<Var> found) {
        Walker.walk(expression, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp pattern) {
                iriPositions(pattern.getElement(), found);
            }
        });
    }

    /** The query's text with the given parameters bound, e.g. for a "see the SPARQL" link; the file stays as is. */
    public String textWith(Map<String, org.apache.jena.graph.Node> parameters) {
        Map<Var, org.apache.jena.graph.Node> substitutions = new LinkedHashMap<>();
        parameters.forEach((name, value) -> substitutions.put(variableOf(name), value));
        return org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps.replaceVars(query, substitutions)
                .serialize();
    }

    /** The {@code #+ key: value} lines (with YAML-style folded and list continuations), as text per key. */
    private static Map<String, String> header(String text) {
        Map<String, String> header = new LinkedHashMap<>();
        String key = null;
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#+")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    break;
                }
                continue;
            }
            String body = line.substring(2);
            Matcher entry = Pattern.compile("^\\s?([A-Za-z_]+):\\s*(.*)$").matcher(body);
            if (entry.matches() && !body.startsWith("   ")) {
                key = entry.group(1);
                String value = entry.group(2).strip();
                header.put(key, value.equals(">") || value.equals("|") ? "" : value);
            } else if (key != null) {
                header.merge(key, body.strip(), (a, b) -> a.isEmpty() ? b : a + "\n" + b);
            }
        }
        return header;
    }

    /** The text after the leading {@code #+} lines. */
    private static String belowHeader(String text) {
        List<String> lines = text.lines().toList();
        int first = 0;
        while (first < lines.size() && (lines.get(first).startsWith("#+") || lines.get(first).isBlank())) {
            first++;
        }
        return String.join("\n", lines.subList(first, lines.size())) + "\n";
    }

    private static List<String> list(String text) {
        List<String> items = new ArrayList<>();
        if (text != null) {
            text.lines().map(String::strip).filter(l -> l.startsWith("- ")).forEach(l -> items.add(l.substring(2).strip()));
        }
        return items;
    }

    private static Map<String, String> map(String text) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (text != null) {
            text.lines().map(String::strip).map(l -> l.startsWith("- ") ? l.substring(2) : l)
                    .filter(l -> l.contains(":"))
                    .forEach(l -> entries.put(l.substring(0, l.indexOf(':')).strip(), l.substring(l.indexOf(':') + 1).strip()));
        }
        return entries;
    }
}
