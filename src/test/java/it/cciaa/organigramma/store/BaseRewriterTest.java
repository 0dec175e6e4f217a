package it.cciaa.organigramma.store;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.ingest.Iris;
import it.cciaa.organigramma.vocabulary.OKG;
import org.junit.jupiter.api.Test;

class BaseRewriterTest {
    private final BaseRewriter rewriter = new BaseRewriter("https://organigramma.cciaa.example/");

    @Test
    void movesOurDataAndVocabulariesToTheConfiguredBase() {
        assertThat(rewriter.rewrite(Iris.DEFAULT_BASE + "/controlled-vocabulary/modalita-presidio/con-supporto-altre-uo"))
                .isEqualTo("https://organigramma.cciaa.example/controlled-vocabulary/modalita-presidio/con-supporto-altre-uo");
        assertThat(rewriter.rewrite(Iris.DEFAULT_BASE + "/data/norma/stato-legge-1981-11-24-689"))
                .isEqualTo("https://organigramma.cciaa.example/data/norma/stato-legge-1981-11-24-689");
    }

    @Test
    void keepsTheOntologyAndShapeTermsAndForeignIris() {
        assertThat(rewriter.rewrite(OKG.NS + "Competence")).isEqualTo(OKG.NS + "Competence");
        assertThat(rewriter.rewrite(Iris.DEFAULT_BASE + "/shapes/Unit_parent")).isEqualTo(Iris.DEFAULT_BASE + "/shapes/Unit_parent");
        assertThat(rewriter.rewrite("http://www.w3.org/ns/org#unitOf")).isEqualTo("http://www.w3.org/ns/org#unitOf");
        assertThat(new BaseRewriter(Iris.DEFAULT_BASE).rewrite(Iris.DEFAULT_BASE + "/data/x")).isEqualTo(Iris.DEFAULT_BASE + "/data/x");
    }
}
