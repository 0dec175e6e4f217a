package it.cciaa.organigramma.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/** Query rows as plain maps for templates and JSON: IRIs and literals as strings, unbound variables absent. */
public final class Rows {
    private Rows() {}

    public static List<Map<String, String>> of(RowSet rows) {
        List<Map<String, String>> list = new ArrayList<>();
        List<Var> vars = rows.getResultVars();
        while (rows.hasNext()) {
            Binding binding = rows.next();
            Map<String, String> row = new LinkedHashMap<>();
            for (Var var : vars) {
                Node node = binding.get(var);
                if (node != null) {
                    row.put(var.getVarName(), text(node));
                }
            }
            list.add(row);
        }
        return list;
    }

    /** An IRI, a literal's lexical form, or a blank node's label. */
    public static String text(Node node) {
        if (node.isURI()) {
            return node.getURI();
        }
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        return "_:" + node.getBlankNodeLabel();
    }
}
