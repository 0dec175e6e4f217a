package it.cciaa.organigramma.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * What a user typed, as a Lucene query built term by term: the text is analysed, never parsed as Lucene query syntax,
 * so {@code A1.1*}, {@code (} or {@code "} are just characters.
 *
 * <p>Ranking: a code typed as printed ({@code C2.7.5}, {@code 2.1}, {@code DPR 254/2005}) puts its resource first,
 * then the resources under it ({@code C2.7.5.1}); otherwise every word must match somewhere, and a match in the label
 * counts most, then in the code, the other names, the category and the description. A last word that occurs
 * nowhere is taken as typed in part and matches as the start of words ({@code regis} finds "registro").
 */
final class UserQuery {
    private static final Analyzer TEXT = new ItalianTextAnalyzer();
    private static final Map<String, Float> FIELD_WEIGHTS = Map.of(
            SearchFields.LABEL, 4f,
            SearchFields.CODE_WORDS, 3f,
            SearchFields.OTHER_LABEL, 2f,
            SearchFields.CATEGORY, 1f,
            SearchFields.DESCRIPTION, 0.7f);
    private static final float EXACT_CODE = 100f;
    private static final float EXACT_CODE_WORD = 40f;
    private static final float CODE_PREFIX = 10f;
    private static final float WORD_PREFIX = 0.5f;
    private static final int SHORTEST_PREFIX = 3;
    private static final int MOST_WORDS = 32;

    private final Query query;
    private final Set<String> terms;
    private final String lastWordPrefix;

    private UserQuery(Query query, Set<String> terms, String lastWordPrefix) {
        this.query = query;
        this.terms = terms;
        this.lastWordPrefix = lastWordPrefix;
    }

    /** The query for {@code text} (already trimmed and of bounded length) over the index {@code reader} reads. */
    static UserQuery of(String text, IndexReader reader) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        addCodeClauses(text, any);
        List<Set<String>> words = analyse(text);
        Set<String> terms = new LinkedHashSet<>();
        words.forEach(terms::addAll);
        String lastWordPrefix = null;
        if (!words.isEmpty()) {
            String last = words.getLast().iterator().next();
            lastWordPrefix = last.length() >= SHORTEST_PREFIX && occursNowhere(words.getLast(), reader) ? last : null;
            BooleanQuery.Builder everyWord = new BooleanQuery.Builder();
            for (int i = 0; i < words.size(); i++) {
                everyWord.add(anyField(words.get(i), i == words.size() - 1 ? lastWordPrefix : null), Occur.MUST);
            }
            any.add(everyWord.build(), Occur.SHOULD);
        }
        BooleanQuery built = any.build();
        return new UserQuery(built.clauses().isEmpty() ? new MatchNoDocsQuery() : built, terms, lastWordPrefix);
    }

    Query query() {
        return query;
    }

    /** Whether an analysed term of a document is one the user searched for (for highlighting). */
    boolean matches(String term) {
        return terms.contains(term) || (lastWordPrefix != null && term.startsWith(lastWordPrefix));
    }

    private static boolean occursNowhere(Set<String> word, IndexReader reader) throws IOException {
        for (String field : FIELD_WEIGHTS.keySet()) {
            for (String term : word) {
                if (reader.docFreq(new Term(field, term)) > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The text as one code, and each word that may be a code: exact matches, and what lies under a code. */
    private static void addCodeClauses(String text, BooleanQuery.Builder any) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(trimCode(SearchFields.code(text)));
        for (String word : text.split("\\s+")) {
            if (codes.size() > MOST_WORDS / 2) {
                break;
            }
            codes.add(trimCode(SearchFields.code(word)));
        }
        boolean whole = true;
        for (String code : codes) {
            if (!code.isEmpty()) {
                any.add(constant(new TermQuery(new Term(SearchFields.CODE, code)), whole ? EXACT_CODE : EXACT_CODE_WORD),
                        Occur.SHOULD);
                if (code.chars().anyMatch(Character::isDigit)) {
                    any.add(constant(new PrefixQuery(new Term(SearchFields.CODE, code + ".")), CODE_PREFIX), Occur.SHOULD);
                }
            }
            whole = false;
        }
    }

    /** A code without what people add after one: {@code A1.1*}, {@code C2.7.}, {@code 2.1,}. */
    private static String trimCode(String code) {
        return code.replaceAll("[*.,;:]+$", "");
    }

    /** One word (its terms at one position: a stem and maybe an adjective's stem) in any field, best field wins. */
    private static Query anyField(Set<String> word, String prefix) {
        List<Query> perField = new ArrayList<>();
        FIELD_WEIGHTS.forEach((field, weight) -> {
            Query match;
            if (word.size() == 1) {
                match = new TermQuery(new Term(field, word.iterator().next()));
            } else {
                SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
                word.forEach(term -> synonyms.addTerm(new Term(field, term)));
                match = synonyms.build();
            }
            if (prefix != null) {
                match = new BooleanQuery.Builder()
                        .add(match, Occur.SHOULD)
                        .add(constant(new PrefixQuery(new Term(field, prefix)), WORD_PREFIX), Occur.SHOULD)
                        .build();
            }
            perField.add(new BoostQuery(match, weight));
        });
        return new DisjunctionMaxQuery(perField, 0.1f);
    }

    private static Query constant(Query query, float score) {
        return new BoostQuery(new ConstantScoreQuery(query), score);
    }

    /** The analysed words of the text, each the set of terms at one position, without repeats. */
    private static List<Set<String>> analyse(String text) {
        List<Set<String>> words = new ArrayList<>();
        try (TokenStream stream = TEXT.tokenStream(SearchFields.LABEL, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (position.getPositionIncrement() > 0 || words.isEmpty()) {
                    words.add(new LinkedHashSet<>());
                }
                words.getLast().add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Set<String>> distinct = new ArrayList<>(new LinkedHashSet<>(words));
        return distinct.size() > MOST_WORDS ? distinct.subList(0, MOST_WORDS) : distinct;
    }
}
