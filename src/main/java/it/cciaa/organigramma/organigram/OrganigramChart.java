package it.cciaa.organigramma.organigram;

import it.cciaa.organigramma.chart.Chart;
import it.cciaa.organigramma.chart.ChartBox;
import it.cciaa.organigramma.edition.Edition;
import it.cciaa.organigramma.ingest.UnitKind;
import java.util.function.UnaryOperator;

/**
 * The organigram of one edition as a chart to draw: one box per unit, from the Ente down, each linked to the unit's
 * page and showing its kind and code, its name and its number of activities; a staff office hangs beside the line of
 * the unit it serves.
 */
final class OrganigramChart {
    private OrganigramChart() {}

    /** The chart of the tree from {@code ente}, with each unit's box linked to {@code pageOf(iri)}. */
    static Chart of(TreeNode ente, Edition edition, UnaryOperator<String> pageOf) {
        String label = edition.label();
        String chamber = edition.chamberLabel();
        return new Chart("Organigramma – " + chamber,
                Character.toUpperCase(label.charAt(0)) + label.substring(1) + " · " + ente.size()
                        + " unità organizzative · " + activities(ente.activitiesBelow()),
                "Organigramma della " + chamber + ", " + label + ": l'Ente, le Aree, i Servizi e gli Uffici ("
                        + ente.size() + " unità), con gli uffici di staff accanto alla linea dell'unità da cui "
                        + "dipendono. Ogni riquadro mostra il tipo e il codice dell'unità, il suo nome e il numero "
                        + "delle sue attività, e porta alla pagina dell'unità.",
                box(ente, pageOf));
    }

    private static ChartBox box(TreeNode node, UnaryOperator<String> pageOf) {
        UnitSummary unit = node.unit();
        String note = node.children().isEmpty() ? activities(node.activities())
                : node.activities() == 0 ? activities(node.activitiesBelow()) + " nelle unità sottostanti"
                : activities(node.activities()) + ", " + node.activitiesBelow() + " con le sottostanti";
        return new ChartBox(pageOf.apply(unit.iri()), unit.code() == null ? unit.kindLabel()
                : unit.kindLabel() + " " + unit.code(), unit.name(), note,
                UnitKind.STAFF.notation().equals(unit.kind()),
                node.children().stream().map(child -> box(child, pageOf)).toList());
    }

    private static String activities(int count) {
        return count == 1 ? "1 attività" : count + " attività";
    }
}
