package it.cciaa.organigramma.chart;

import java.util.ArrayList;
import java.util.List;
import org.apache.fop.fonts.Typeface;
import org.apache.fop.fonts.base14.Helvetica;
import org.apache.fop.fonts.base14.HelveticaBold;

/**
 * The text of one box set in lines: the heading in bold, the name wrapped to the box's width, the note. Widths come
 * from the metrics of Helvetica (FOP's base-14 fonts), the font the SVG names first and the PDF uses; Arial and
 * Liberation Sans, which browsers substitute, have the same widths.
 */
record BoxText(String heading, List<String> nameLines, String note) {
    /** The size of the heading and name, in the chart's units. */
    static final double FONT_SIZE = 10;
    /** The size of the note. */
    static final double NOTE_SIZE = 9;
    /** The distance between the baselines of two lines. */
    static final double LINE_HEIGHT = 12.5;
    /** The space between a box's border and its text. */
    static final double PADDING = 6;
    /** The width of the text in a box. */
    static final double TEXT_WIDTH = 170;
    /**
     * The width names are wrapped to, in Helvetica: less than the box's, for the fonts a reader may put in its place
     * (DejaVu Sans, where neither Helvetica nor Arial is installed, is some 8% wider).
     */
    static final double WRAP_WIDTH = 156;

    static final Typeface REGULAR = new Helvetica();
    static final Typeface BOLD = new HelveticaBold();

    /** The box's text, its name wrapped to {@link #WRAP_WIDTH}. */
    static BoxText of(ChartBox box) {
        return new BoxText(box.heading(), wrap(box.name(), WRAP_WIDTH), box.note());
    }

    /** The text on one line, as a box's tooltip and accessible name: "Ufficio 4.1 – REGISTRO IMPRESE (12 attività)". */
    String fullText() {
        return heading + " – " + String.join(" ", nameLines) + (note == null ? "" : " (" + note + ")");
    }

    /** How many lines the text takes. */
    int lineCount() {
        return 1 + nameLines.size() + (note == null ? 0 : 1);
    }

    /** The height of a box that holds this text. */
    double boxHeight() {
        return lineCount() * LINE_HEIGHT + 2 * PADDING;
    }

    /** The width of a box that holds this text: the text width, or more for a line wider than the wrapping width. */
    double boxWidth() {
        double widest = width(heading, BOLD, FONT_SIZE);
        for (String line : nameLines) {
            widest = Math.max(widest, width(line, REGULAR, FONT_SIZE));
        }
        return Math.max(TEXT_WIDTH, widest + TEXT_WIDTH - WRAP_WIDTH) + 2 * PADDING;
    }

    /** The words of {@code text} in lines no wider than {@code width} (a longer word gets a line of its own). */
    static List<String> wrap(String text, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(longer, REGULAR, FONT_SIZE) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(longer);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The width of {@code text} set in the font at {@code size}. */
    static double width(String text, Typeface font, double size) {
        double thousandths = 0;
        for (char character : text.toCharArray()) {
            thousandths += font.getWidth(font.mapChar(character), 1);
        }
        return thousandths / 1000 * size;
    }
}
