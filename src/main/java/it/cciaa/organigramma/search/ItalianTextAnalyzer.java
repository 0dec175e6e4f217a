package it.cciaa.organigramma.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Italian analysis of the searchable text, the same for indexing and for queries: words (codes such as
 * {@code C2.7.5} stay whole), lower case, elided articles dropped ({@code dell'ente} → {@code ente}), stop words
 * dropped, accents folded ({@code attività}, {@code attivita} and {@code ATTIVITA'} are one word), nouns in -ità
 * also under their adjective's stem ({@link AbstractNounFilter}), and light stemming ({@code tributi} =
 * {@code tributo}).
 *
 * <p>Accents are folded before stemming so that a word typed without its accent stems like the written one.
 */
public final class ItalianTextAnalyzer extends Analyzer {
    /** The elided articles and prepositions of Italian ({@code l'}, {@code dell'}, {@code un'}, …). */
    static final CharArraySet ELIDED_ARTICLES = CharArraySet.unmodifiableSet(new CharArraySet(List.of(
            "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl",
            "sugl", "un", "m", "t", "s", "v", "d", "quell", "quest"), true));

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(words);
        stream = new ElisionFilter(stream, ELIDED_ARTICLES);
        stream = new StopFilter(stream, ItalianAnalyzer.getDefaultStopSet());
        stream = new ASCIIFoldingFilter(stream);
        stream = new AbstractNounFilter(stream);
        stream = new ItalianLightStemFilter(stream);
        return new TokenStreamComponents(words, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
