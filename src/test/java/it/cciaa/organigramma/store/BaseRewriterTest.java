package it.cciaa.organigramma.store;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.vocabulary.OKG;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

class BaseRewriterTest {
    private final BaseRewriter rewriter = new BaseRewriter("https://organigramma.cciaa.example/");

    @Test
    void movesOurDataAndVocabulariesToTheConfiguredBase() {
        assertThat(rewriter.rewrite(ServiceIris.DEFAULT_BASE + "/controlled-vocabulary/modalita-presidio/con-supporto-altre-uo"))
                .isEqualTo("https://organigramma.cciaa.example/controlled-vocabulary/modalita-presidio/con-supporto-altre-uo");
        assertThat(rewriter.rewrite(ServiceIris.DEFAULT_BASE + "/data/norma/stato-legge-1981-11-24-689"))
                .isEqualTo("https://organigramma.cciaa.example/data/norma/stato-legge-1981-11-24-689");
    }

    @Test
    void keepsTheOntologyAndShapeTermsAndForeignIris() {
        assertThat(rewriter.rewrite(OKG.NS + "Competence")).isEqualTo(OKG.NS + "Competence");
        assertThat(rewriter.rewrite(OKG.ONTOLOGY)).isEqualTo(OKG.ONTOLOGY);
        assertThat(rewriter.rewrite(ServiceIris.DEFAULT_BASE + "/shapes/Unit_parent")).isEqualTo(ServiceIris.DEFAULT_BASE + "/shapes/Unit_parent");
        assertThat(rewriter.rewrite("http://www.w3.org/ns/org#unitOf")).isEqualTo("http://www.w3.org/ns/org#unitOf");
        assertThat(new BaseRewriter(ServiceIris.DEFAULT_BASE).rewrite(ServiceIris.DEFAULT_BASE + "/data/x")).isEqualTo(ServiceIris.DEFAULT_BASE + "/data/x");
    }

    @Test
    void movesIrisWrittenAsAnyUriLiteralsAsTheShapesPrefixesAre() {
        Model shapes = ModelFactory.createDefaultModel();
        shapes.createResource().addLiteral(shapes.createProperty("http://www.w3.org/ns/shacl#namespace"),
                shapes.createTypedLiteral(ServiceIris.DEFAULT_BASE + "/controlled-vocabulary/anomalie-sorgente/",
                        XSDDatatype.XSDanyURI));
        assertThat(rewriter.rewrite(shapes).listObjects().mapWith(n -> n.asLiteral().getLexicalForm()).toList())
                .containsExactly("https://organigramma.cciaa.example/controlled-vocabulary/anomalie-sorgente/");
    }

    @Test
    void mapsTheServicesPathsToOurIrisAndThePersistentOnes() {
        assertThat(rewriter.iriOfPath("/data/catalogo")).isEqualTo("https://organigramma.cciaa.example/data/catalogo");
        assertThat(rewriter.iriOfPath("/onto/organigramma")).isEqualTo(OKG.ONTOLOGY);
        assertThat(rewriter.iriOfPath("/onto/organigramma/Competence")).isEqualTo(OKG.NS + "Competence");
        assertThat(rewriter.iriOfPath("/shapes/Unit_parent")).isEqualTo(ServiceIris.DEFAULT_BASE + "/shapes/Unit_parent");
        assertThat(rewriter.pathOf(OKG.NS + "Competence")).contains("/onto/organigramma/Competence");
        assertThat(rewriter.pathOf("https://organigramma.cciaa.example/graph/norme")).contains("/graph/norme");
        assertThat(rewriter.pathOf(ServiceIris.DEFAULT_BASE + "/graph/norme")).isEmpty();
        assertThat(rewriter.pathOf("http://www.w3.org/ns/org#unitOf")).isEmpty();
    }
}
