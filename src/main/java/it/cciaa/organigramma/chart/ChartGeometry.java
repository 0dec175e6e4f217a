package it.cciaa.organigramma.chart;

import java.util.List;

/**
 * A chart as ELK laid it out, in one coordinate space with the origin at the top left: its size, its boxes (a group
 * before the boxes inside it) and the lines between them.
 */
record ChartGeometry(double width, double height, List<Placed> boxes, List<List<Point>> lines) {

    /** A box where it goes, with its text; a group holds other boxes under its text. */
    record Placed(ChartBox box, BoxText text, double x, double y, double width, double height, boolean group) {}

    /** A point of a line: where it starts, bends or ends. */
    record Point(double x, double y) {}
}
