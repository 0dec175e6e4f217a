package it.cciaa.organigramma.chart;

import java.util.List;

/**
 * One box of a chart and the boxes below it, in order: where it links to, the lines it shows (a heading such as
 * "Ufficio 4.1", a name that is wrapped to the box's width, a note such as "12 attività"), and whether it is a staff
 * box, drawn beside its parent's line rather than below it.
 *
 * @param href the address the box links to
 * @param heading the first line, in bold
 * @param name the name, wrapped over as many lines as it needs
 * @param note the last line, smaller
 * @param staff whether the box hangs beside its parent's line
 * @param children the boxes below it
 */
public record ChartBox(String href, String heading, String name, String note, boolean staff, List<ChartBox> children) {

    /** Whether the box has boxes below it that are all plain boxes (no staff, none with boxes below them). */
    boolean holdsOnlyLeaves() {
        return !children.isEmpty() && children.stream().allMatch(child -> !child.staff && child.children.isEmpty());
    }
}
