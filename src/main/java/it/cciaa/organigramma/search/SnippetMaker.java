package it.cciaa.organigramma.search;

import it.cciaa.organigramma.search.SearchHit.Highlight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The passage shown under a result: among its other names and the sentences of its description, the one where most
 * searched words occur, cut to {@link #LONGEST} characters around the first of them, with the words marked; when the
 * words occur in none (they matched the label or the code), the start of the description.
 */
final class SnippetMaker {
    static final int LONGEST = 200;
    private static final int CONTEXT_BEFORE = 40;
    private static final String ELLIPSIS = "…";
    private static final Analyzer TEXT = new ItalianTextAnalyzer();

    /** A snippet and its marked stretches. */
    record Snippet(String text, List<Highlight> highlights) {}

    private SnippetMaker() {}

    static Snippet make(UserQuery query, List<String> otherLabels, String description) {
        List<String> passages = new ArrayList<>(otherLabels);
        for (String sentence : description.split("(?<=[.;!?])\\s+|\\n\\s*\\n")) {
            if (!sentence.isBlank()) {
                passages.add(sentence.strip());
            }
        }
        String best = null;
        List<Highlight> bestMatches = List.of();
        long bestWords = 0;
        for (String passage : passages) {
            List<Highlight> matches = matches(query, passage);
            long words = matches.stream().map(m -> passage.substring(m.start(), m.end()).toLowerCase(java.util.Locale.ROOT)).distinct().count();
            if (words > bestWords) {
                best = passage;
                bestMatches = matches;
                bestWords = words;
            }
        }
        if (best == null) {
            return cut(description.replaceAll("\\s+", " ").strip(), List.of());
        }
        return cut(best, bestMatches);
    }

    /** Where the analysed words of {@code passage} are ones the user searched for. */
    private static List<Highlight> matches(UserQuery query, String passage) {
        List<Highlight> matches = new ArrayList<>();
        try (TokenStream stream = TEXT.tokenStream(SearchFields.DESCRIPTION, passage)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                boolean repeated = !matches.isEmpty() && matches.getLast().start() == offset.startOffset();
                if (!repeated && query.matches(term.toString())) {
                    matches.add(new Highlight(offset.startOffset(), offset.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return matches;
    }

    /** The passage cut at word boundaries to at most {@link #LONGEST} characters around its first match. */
    private static Snippet cut(String passage, List<Highlight> matches) {
        if (passage.length() <= LONGEST) {
            return new Snippet(passage, matches);
        }
        int from = matches.isEmpty() ? 0 : Math.max(0, matches.getFirst().start() - CONTEXT_BEFORE);
        if (from > 0) {
            int space = passage.indexOf(' ', from);
            from = space < 0 || space >= matches.getFirst().start() ? from : space + 1;
        }
        int to = Math.min(passage.length(), from + LONGEST);
        if (to < passage.length()) {
            int space = passage.lastIndexOf(' ', to);
            to = space > from ? space : to;
        }
        String prefix = from > 0 ? ELLIPSIS : "";
        String body = passage.substring(from, to).stripTrailing();
        String text = prefix + body + (to < passage.length() ? " " + ELLIPSIS : "");
        int start = from;
        int end = from + body.length();
        List<Highlight> highlights = matches.stream()
                .filter(match -> match.start() >= start && match.end() <= end)
                .map(match -> new Highlight(match.start() - start + prefix.length(), match.end() - start + prefix.length()))
                .toList();
        return new Snippet(text, highlights);
    }
}
