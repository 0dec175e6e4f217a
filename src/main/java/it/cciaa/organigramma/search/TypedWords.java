package it.cciaa.organigramma.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** What is being typed in a search box, as the word prefixes completion looks up. */
final class TypedWords {
    private static final Analyzer WORDS = WordPrefixAnalyzer.forQueries();
    private static final int MOST_WORDS = 16;

    private TypedWords() {}

    /** The typed words, lower case, unaccented, without elided articles, cut to the longest indexed prefix. */
    static List<String> of(String typed) {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream stream = WORDS.tokenStream(SearchFields.COMPLETION, typed)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && words.size() < MOST_WORDS) {
                String word = term.toString();
                words.add(word.length() > WordPrefixAnalyzer.LONGEST_PREFIX
                        ? word.substring(0, WordPrefixAnalyzer.LONGEST_PREFIX) : word);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(words);
    }

    /** The text lower case and unaccented, for comparing starts ({@code "Attività"} → {@code "attivita"}). */
    static String fold(String text) {
        return WORDS.normalize(SearchFields.COMPLETION, text).utf8ToString();
    }
}
