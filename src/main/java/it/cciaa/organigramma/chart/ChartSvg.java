package it.cciaa.organigramma.chart;

import java.util.List;
import java.util.Locale;

/**
 * A chart as an SVG document: the title and subtitle above the drawing, then the lines and the boxes where ELK put
 * them ({@link ChartLayout}). Every box is a link ({@code <a href>}, with {@code xlink:href} for SVG 1.1 readers) whose
 * text stays text, with a {@code title} that names it in full; the document has a {@code title} and a {@code desc}.
 * Its size on paper fits A3 landscape within 10 mm margins (the drawing's units are points of the font: the heading and
 * names are set at 10), and its {@code viewBox} lets any other page size scale it.
 */
public final class ChartSvg {
    /** The largest size the drawing takes on paper: A3 landscape less 10 mm margins. */
    private static final double PAPER_WIDTH_MM = 400;
    private static final double PAPER_HEIGHT_MM = 277;
    /** The largest scale, so that a small chart is not printed with huge letters. */
    private static final double MAX_MM_PER_UNIT = 0.5;
    private static final double TITLE_SIZE = 16;
    private static final double MARGIN = 20;
    private static final double TITLE_BAND = MARGIN + TITLE_SIZE + 6 + BoxText.LINE_HEIGHT;
    private static final String INK = "#1f4e79";

    private ChartSvg() {}

    /** The chart laid out and drawn. */
    public static String of(Chart chart) {
        ChartGeometry geometry = ChartLayout.of(chart.root());
        double titleWidth = Math.max(BoxText.width(chart.title(), BoxText.BOLD, TITLE_SIZE),
                BoxText.width(chart.subtitle(), BoxText.REGULAR, BoxText.FONT_SIZE));
        double width = Math.max(geometry.width(), titleWidth + 2 * MARGIN);
        double height = TITLE_BAND + geometry.height();
        double scale = Math.min(MAX_MM_PER_UNIT, Math.min(PAPER_WIDTH_MM / width, PAPER_HEIGHT_MM / height));

        StringBuilder svg = new StringBuilder(32_768);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" version=\"1.1\" xml:lang=\"it\" lang=\"it\"")
                .append(" width=\"").append(number(width * scale)).append("mm\" height=\"")
                .append(number(height * scale)).append("mm\" viewBox=\"0 0 ").append(number(width)).append(' ')
                .append(number(height)).append("\" aria-labelledby=\"chart-title\" aria-describedby=\"chart-desc\"")
                .append(" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"").append(number(BoxText.FONT_SIZE))
                .append("\" fill=\"#111111\">\n");
        svg.append("<title id=\"chart-title\">").append(escaped(chart.title() + " – " + chart.subtitle()))
                .append("</title>\n");
        svg.append("<desc id=\"chart-desc\">").append(escaped(chart.description())).append("</desc>\n");
        svg.append("<rect width=\"").append(number(width)).append("\" height=\"").append(number(height))
                .append("\" fill=\"#ffffff\"/>\n");
        svg.append("<text x=\"").append(number(MARGIN)).append("\" y=\"").append(number(MARGIN + TITLE_SIZE))
                .append("\" font-size=\"").append(number(TITLE_SIZE)).append("\" font-weight=\"bold\">")
                .append(escaped(chart.title())).append("</text>\n");
        svg.append("<text x=\"").append(number(MARGIN)).append("\" y=\"")
                .append(number(MARGIN + TITLE_SIZE + 6 + BoxText.FONT_SIZE)).append("\" fill=\"#444444\">")
                .append(escaped(chart.subtitle())).append("</text>\n");
        svg.append("<g transform=\"translate(").append(number((width - geometry.width()) / 2)).append(' ')
                .append(number(TITLE_BAND)).append(")\">\n");
        svg.append("<g fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"1\">\n");
        for (List<ChartGeometry.Point> line : geometry.lines()) {
            svg.append("<polyline points=\"");
            for (ChartGeometry.Point point : line) {
                svg.append(number(point.x())).append(',').append(number(point.y())).append(' ');
            }
            svg.setLength(svg.length() - 1);
            svg.append("\"/>\n");
        }
        svg.append("</g>\n");
        boolean root = true;
        for (ChartGeometry.Placed placed : geometry.boxes()) {
            box(svg, placed, root);
            root = false;
        }
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    /** One box: a link holding its frame and its text (a group's text is at its top, above the boxes it holds). */
    private static void box(StringBuilder svg, ChartGeometry.Placed placed, boolean root) {
        ChartBox box = placed.box();
        BoxText text = placed.text();
        String href = escaped(box.href());
        svg.append("<a href=\"").append(href).append("\" xlink:href=\"").append(href).append("\" target=\"_top\">");
        svg.append("<title>").append(escaped(text.fullText())).append("</title>");
        svg.append("<rect x=\"").append(number(placed.x())).append("\" y=\"").append(number(placed.y()))
                .append("\" width=\"").append(number(placed.width())).append("\" height=\"")
                .append(number(placed.height())).append("\" rx=\"3\" fill=\"")
                .append(root ? "#dce9f5" : placed.group() ? "#eef3f9" : "#ffffff").append("\" stroke=\"").append(INK)
                .append(root ? "\" stroke-width=\"1.5\"" : "\"")
                .append(box.staff() ? " stroke-dasharray=\"4 3\"" : "").append("/>");
        double x = placed.x() + BoxText.PADDING;
        svg.append("<text x=\"").append(number(x)).append("\" y=\"")
                .append(number(placed.y() + BoxText.PADDING + BoxText.LINE_HEIGHT * 0.8)).append("\">");
        svg.append("<tspan font-weight=\"bold\">").append(escaped(text.heading())).append("</tspan>");
        for (String line : text.nameLines()) {
            svg.append(" <tspan x=\"").append(number(x)).append("\" dy=\"").append(number(BoxText.LINE_HEIGHT))
                    .append("\">").append(escaped(line)).append("</tspan>");
        }
        if (text.note() != null) {
            svg.append(" <tspan x=\"").append(number(x)).append("\" dy=\"").append(number(BoxText.LINE_HEIGHT))
                    .append("\" font-size=\"").append(number(BoxText.NOTE_SIZE)).append("\" fill=\"#444444\">")
                    .append(escaped(text.note())).append("</tspan>");
        }
        svg.append("</text></a>\n");
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
