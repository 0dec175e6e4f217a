package it.cciaa.organigramma.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One search result.
 *
 * @param notation its code, empty when it has none
 * @param category its unit kind or process-map level in Italian, empty when none
 * @param chamber a unit's chamber; empty for what every chamber shares (processes, activities, laws)
 * @param score relevance (higher first); comparable only within one search
 * @param snippet a short passage of its other names or description where the words matched, or the start of its
 *     description, or empty
 * @param highlights where in {@code snippet} the searched words are
 */
public record SearchHit(String iri, Kind kind, String label, String notation, String category,
        Optional<Chamber> chamber, float score, String snippet, List<Highlight> highlights) {

    /** A stretch of the snippet that matched: characters {@code start} (inclusive) to {@code end} (exclusive). */
    public record Highlight(int start, int end) {}

    /** A piece of the snippet, marked or not, for pages that show the highlights. */
    public record SnippetPart(String text, boolean marked) {}

    /** The snippet cut at its highlights, in order. */
    public List<SnippetPart> snippetParts() {
        List<SnippetPart> parts = new ArrayList<>();
        int at = 0;
        for (Highlight highlight : highlights) {
            if (highlight.start() > at) {
                parts.add(new SnippetPart(snippet.substring(at, highlight.start()), false));
            }
            parts.add(new SnippetPart(snippet.substring(highlight.start(), highlight.end()), true));
            at = highlight.end();
        }
        if (at < snippet.length()) {
            parts.add(new SnippetPart(snippet.substring(at), false));
        }
        return parts;
    }
}
