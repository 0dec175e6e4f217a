package it.cciaa.organigramma.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Lets an Italian abstract noun in -ità meet the adjective it comes from: after {@code contabilita} (folded) it adds
 * {@code contabil}, the light stem of {@code contabile}, at the same position, so {@code contabilità} and
 * {@code contabile}, {@code attività} and {@code attivo} find each other. The added stem is marked as a keyword so
 * the stemmer that follows leaves it alone; the word itself goes on unchanged.
 *
 * <p>Only words of eight letters or more: shorter ones in -ita are mostly nouns and participles of their own
 * ({@code vendita}, {@code uscita}, {@code gestita}).
 */
final class AbstractNounFilter extends TokenFilter {
    private static final int SHORTEST_WORD = 8;
    private static final String SUFFIX = "ita";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private State adjectiveStem;
    private int adjectiveStemLength;

    AbstractNounFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (adjectiveStem != null) {
            restoreState(adjectiveStem);
            adjectiveStem = null;
            term.setLength(adjectiveStemLength);
            position.setPositionIncrement(0);
            keyword.setKeyword(true);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword() && term.length() >= SHORTEST_WORD && endsWithSuffix()) {
            adjectiveStem = captureState();
            adjectiveStemLength = term.length() - SUFFIX.length();
        }
        return true;
    }

    private boolean endsWithSuffix() {
        int start = term.length() - SUFFIX.length();
        for (int i = 0; i < SUFFIX.length(); i++) {
            if (term.charAt(start + i) != SUFFIX.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        adjectiveStem = null;
    }
}
