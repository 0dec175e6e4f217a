package it.cciaa.organigramma.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * Words for completion: lower case, elided articles dropped, accents folded, not stemmed (a prefix of a stem would
 * surprise). For indexing it adds every prefix of each word up to {@link #LONGEST_PREFIX} characters (edge n-grams),
 * so that completing a typed prefix is one term lookup; for queries it leaves the typed words as they are.
 */
final class WordPrefixAnalyzer extends Analyzer {
    /** The longest prefix indexed; a longer typed word is cut to this length before the lookup. */
    static final int LONGEST_PREFIX = 24;

    private final boolean indexing;

    private WordPrefixAnalyzer(boolean indexing) {
        this.indexing = indexing;
    }

    static WordPrefixAnalyzer forIndexing() {
        return new WordPrefixAnalyzer(true);
    }

    static WordPrefixAnalyzer forQueries() {
        return new WordPrefixAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(words);
        stream = new ElisionFilter(stream, ItalianTextAnalyzer.ELIDED_ARTICLES);
        stream = new ASCIIFoldingFilter(stream);
        if (indexing) {
            stream = new EdgeNGramTokenFilter(stream, 1, LONGEST_PREFIX, true);
        }
        return new TokenStreamComponents(words, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
