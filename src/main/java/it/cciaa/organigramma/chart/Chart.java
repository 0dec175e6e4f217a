package it.cciaa.organigramma.chart;

/**
 * A chart to draw: its title and subtitle (printed above it, and its {@code title} for programs), a description for
 * people who cannot see it (its {@code desc}), and the tree of boxes from its root.
 *
 * <pre>{@code
 * String svg = ChartSvg.of(new Chart("Organigramma – CCIAA di FOGGIA", "edizione del 1 gennaio 2025",
 *         "27 unità organizzative…", root));
 * byte[] pdf = ChartPdf.of(svg);
 * }</pre>
 */
public record Chart(String title, String subtitle, String description, ChartBox root) {}
