package it.cciaa.organigramma.organigram;

import static it.cciaa.organigramma.table.Table.column;

import it.cciaa.organigramma.table.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The organigram's JSON form: how many units it has and its tree, one root per chamber (the Ente); and the same as a
 * table, one row per unit in the document's order ({@link #table()}).
 */
public record Organigram(int units, List<TreeNode> roots) {

    static Organigram of(List<TreeNode> roots) {
        return new Organigram(roots.stream().mapToInt(TreeNode::size).sum(), roots);
    }

    /** Every unit with its level in the tree (1 for the Ente), the unit it belongs to and its activities. */
    Table table() {
        List<List<Object>> rows = new ArrayList<>();
        roots.forEach(root -> add(root, null, 1, rows));
        return Table.of(List.of(column("livello", "Livello"), column("tipo", "Tipo"), column("codice", "Codice"),
                column("nome", "Nome"), column("appartieneA", "Appartiene a"), column("attivita", "Attività"),
                column("attivitaSottostanti", "Attività con le unità sottostanti"), column("iri", "IRI")),
                rows, row -> row);
    }

    private static void add(TreeNode node, UnitSummary parent, int level, List<List<Object>> rows) {
        UnitSummary unit = node.unit();
        rows.add(Arrays.asList(level, unit.kindLabel(), unit.code(), unit.name(),
                parent == null ? null : parent.shortTitle(), node.activities(), node.activitiesBelow(), unit.iri()));
        node.children().forEach(child -> add(child, unit, level + 1, rows));
    }
}
