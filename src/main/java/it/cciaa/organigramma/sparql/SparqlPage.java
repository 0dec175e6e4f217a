package it.cciaa.organigramma.sparql;

import java.util.List;

/**
 * What the endpoint's HTML page shows: the form (filled with the query asked), then the answer or the error, the
 * example queries, the prefixes, the store's graphs and the endpoint's limits; and what its editor (YASGUI) needs.
 */
public record SparqlPage(
        String query,
        String format,
        String defaultGraph,
        String error,
        Answer answer,
        List<ExampleGroup> examples,
        List<Prefix> prefixes,
        List<Link> graphs,
        Limits limits,
        Editor editor) {

    /** A link with its text and, when useful, a short note. */
    public record Link(String text, String href, String note) {}

    /** The library's queries under one tag, with the tag's Italian name. */
    public record ExampleGroup(String tag, String title, List<Example> examples) {}

    /**
     * A query of the library as an example.
     *
     * @param title its Italian title
     * @param name its name in the library ({@code organigram/units})
     * @param href the link that runs it here (its text begins with comments on its parameters)
     * @param required its required parameters as variables ({@code ?_unit, ?_old}), empty when none
     * @param optional its optional parameters as variables ({@code ?__edition}), empty when none
     */
    public record Example(String title, String name, String href, String required, String optional) {}

    /** A prefix and its namespace IRI, as a {@code PREFIX} line declares them. */
    public record Prefix(String prefix, String namespace) {}

    /**
     * The editor that replaces the form when scripts run: YASGUI's files and licence on this server, and the base of
     * the IRIs that this server serves by path (the editor links them here).
     */
    public record Editor(String script, String stylesheet, String licence, String baseIri) {}

    /** A value of a table cell: its text, a link when it is an IRI, a note (language or datatype) for literals. */
    public record Cell(String text, String href, String note) {}

    /**
     * The answer to the query asked.
     *
     * @param form SELECT, ASK, CONSTRUCT or DESCRIBE
     * @param columns the variables of a SELECT
     * @param rows the first rows of a SELECT, as shown
     * @param count how many rows (CONSTRUCT, DESCRIBE: triples) the answer has
     * @param cutAtRowLimit whether the store had more than the row limit
     * @param verdict the answer of an ASK, else null
     * @param text the answer of a CONSTRUCT or DESCRIBE in Turtle (its beginning when long), else null
     * @param textCut whether {@code text} is only the beginning of the answer
     * @param downloads the same answer in every format
     */
    public record Answer(String form, List<String> columns, List<List<Cell>> rows, int count, boolean cutAtRowLimit,
            Boolean verdict, String text, boolean textCut, List<Link> downloads) {

        /** Whether the page shows less than the answer has. */
        public boolean partlyShown() {
            return text == null ? rows.size() < count : textCut;
        }
    }

    /** The endpoint's limits, as written on the page. */
    public record Limits(String timeout, int maxRows, String maxBytes, int shownRows) {}
}
