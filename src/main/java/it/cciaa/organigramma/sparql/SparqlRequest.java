package it.cciaa.organigramma.sparql;

import java.util.List;

/**
 * A request to the endpoint, as read from GET, a form POST or a direct POST (SPARQL 1.1 Protocol, 2.1).
 *
 * @param query the query text, or null when none was sent (the endpoint then describes itself)
 * @param defaultGraphs {@code default-graph-uri} values
 * @param namedGraphs {@code named-graph-uri} values
 * @param format {@code ?format=}, or null
 * @param accept the {@code Accept} header, or null
 */
public record SparqlRequest(String query, List<String> defaultGraphs, List<String> namedGraphs, String format,
        String accept) {

    /** Whether the request carries a query. */
    public boolean hasQuery() {
        return query != null;
    }

    /** Whether whoever asked would rather read a page: {@code format=html}, or HTML preferred by {@code Accept}. */
    public boolean wantsPage() {
        try {
            return FormatChooser.choose(format, accept, List.of(AnswerFormat.JSON, AnswerFormat.TURTLE,
                    AnswerFormat.HTML), "") == AnswerFormat.HTML;
        } catch (SparqlRequestException notAFormatForAPage) {
            return false;
        }
    }
}
