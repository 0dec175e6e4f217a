package it.cciaa.organigramma.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The Italian analysis: what a word becomes, so that spellings of one word meet. */
class ItalianTextAnalyzerTest {
    private final Analyzer analyzer = new ItalianTextAnalyzer();

    private List<String> terms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("label", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void accentsCaseAndTheApostropheForAnAccentMakeOneWord() throws IOException {
        assertThat(terms("attività")).isEqualTo(terms("attivita")).isEqualTo(terms("ATTIVITA'"))
                .isEqualTo(terms("Attività"));
        assertThat(terms("CONTABILITA'")).isEqualTo(terms("contabilità"));
    }

    @Test
    void elidedArticlesAreDroppedWithEitherApostrophe() throws IOException {
        assertThat(terms("dell'ente")).isEqualTo(terms("ente"));
        assertThat(terms("FASCICOLO D’IMPRESA")).isEqualTo(terms("fascicolo impresa"));
        assertThat(terms("l'impresa")).isEqualTo(terms("impresa"));
    }

    @Test
    void singularAndPluralStemAlike() throws IOException {
        assertThat(terms("tributi")).isEqualTo(terms("tributo"));
        assertThat(terms("imprese")).isEqualTo(terms("impresa"));
        assertThat(terms("registri")).isEqualTo(terms("registro"));
    }

    @Test
    void anAbstractNounInItaAlsoCarriesItsAdjectivesStem() throws IOException {
        assertThat(terms("contabilità")).contains(terms("contabile").getFirst());
        assertThat(terms("attività")).contains(terms("attivo").getFirst());
        assertThat(terms("vendita")).hasSize(1);
    }

    @Test
    void stopWordsAreDroppedAndCodesStayWhole() throws IOException {
        assertThat(terms("Gestione del Registro delle imprese")).containsExactly("gestion", "registr", "impres");
        assertThat(terms("C2.7.5")).containsExactly("c2.7.5");
        assertThat(terms("Ufficio 2.1")).containsExactly("uffic", "2.1");
    }
}
