package it.cciaa.organigramma.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.vocabulary.OKG;
import it.cciaa.organigramma.web.HtmlPages;
import it.cciaa.organigramma.web.LiveService;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every IRI of ours dereferences on the running server, by content negotiation; so do the ontology's terms and the
 * shapes, whose persistent IRIs are the same whatever the service's base.
 */
class LinkedDataHttpIT {
    private static final String UNIT = "/data/organization/support-unit/cciaa-di-foggia/ufficio-2-1";
    private static final String ONTOLOGY_PATH = "/onto/organigramma";
    private final LiveService service = LiveService.get();

    private Model parse(HttpResponse<String> answer, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(answer.body())).lang(lang).base(service.base()).parse(model);
        return model;
    }

    /** The IRI a path stands for: the ontology's persistent one under its path, else the IRI on the service's base. */
    private String iriOf(String path) {
        return path.startsWith(ONTOLOGY_PATH) ? OKG.ONTOLOGY + path.substring(ONTOLOGY_PATH.length())
                : service.iri(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {UNIT, "/data/organization/public-organization/cciaa-di-foggia",
            "/controlled-vocabulary/mappa-processi/2024/C1.1.1.1", "/controlled-vocabulary/mappa-processi/2024",
            "/controlled-vocabulary/modalita-presidio/front-office-sportelli-polifunzionali",
            "/controlled-vocabulary/funzioni-istituzionali/A", "/data/norma/stato-legge-1981-11-24-689",
            "/onto/organigramma", "/onto/organigramma/Competence", "/data/catalogo"})
    void answersEveryRdfFormatThatJenaParses(String path) {
        for (RdfFormat format : RdfFormat.values()) {
            HttpResponse<String> answer = service.get(path, format.mediaType().toString());
            assertThat(answer.statusCode()).as(path + " " + format).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith(format.mediaType().toString());
            assertThat(answer.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept"));
            Model model = parse(answer, format.lang());
            assertThat(model.contains(model.getResource(iriOf(path)), null)).as(path + " " + format).isTrue();
            HttpResponse<String> byParameter = service.get(path + "?format=" + format.parameter(), "text/html");
            assertThat(byParameter.statusCode()).isEqualTo(200);
            assertThat(byParameter.headers().firstValue("Content-Type").orElseThrow()).startsWith(format.mediaType().toString());
        }
    }

    @Test
    void describesAUnitWithWhatPointsToIt() {
        Model model = parse(service.get(UNIT, "text/turtle"), Lang.TURTLE);
        assertThat(model.listStatements(model.getResource(service.iri(UNIT)),
                model.createProperty("http://www.w3.org/ns/org#subOrganizationOf"), (org.apache.jena.rdf.model.RDFNode) null)
                .toList()).hasSize(1);
        assertThat(model.listSubjectsWithProperty(
                model.createProperty(OKG.NS + "unit"), model.getResource(service.iri(UNIT)))
                .toList()).hasSize(39 + 31); // its competences and declarations
    }

    @Test
    void servesAGenericPageWithLinksToTheRdfFormsAndTheSparql() {
        HttpResponse<String> answer = service.get("/controlled-vocabulary/modalita-presidio/front-office-sportelli-polifunzionali", "text/html");
        assertThat(answer.statusCode()).isEqualTo(200);
        var page = HtmlPages.parse(answer.body());
        assertThat(HtmlPages.texts(page, "//h1")).containsExactly("Attività di front office in Sportelli Polifunzionali e Innovativi");
        assertThat(HtmlPages.texts(page, "//nav[@class='formats']//a/@href"))
                .anyMatch(href -> href.endsWith("?format=turtle")).anyMatch(href -> href.startsWith("/sparql?query="));
    }

    @Test
    void documentsTheOntologyAtItsIri() {
        HttpResponse<String> answer = service.get("/onto/organigramma", "text/html");
        assertThat(answer.statusCode()).isEqualTo(200);
        var page = HtmlPages.parse(answer.body());
        assertThat(HtmlPages.texts(page, "//table//th[@scope='row']/a")).contains("okg:Competence", "okg:qualifier",
                "okg:processCode");
        HttpResponse<String> turtle = service.get("/onto/organigramma", "text/turtle");
        assertThat(parse(turtle, Lang.TURTLE).contains(null, null,
                ModelFactory.createDefaultModel().createResource("http://www.w3.org/2002/07/owl#Ontology"))).isTrue();
    }

    @Test
    void servesTheOntologyItsTermsAndTheShapesUnderTheirPersistentIrisWhateverTheBase() {
        String shape = "/shapes/Unit_classification";
        String shapeIri = ServiceIris.DEFAULT_BASE + shape; // the shapes' persistent namespace, as the ontology's
        List<String[]> served = List.of(new String[] {ONTOLOGY_PATH, OKG.ONTOLOGY},
                new String[] {ONTOLOGY_PATH + "/Competence", OKG.NS + "Competence"}, new String[] {shape, shapeIri});
        boolean ownBase = !service.base().equals(ServiceIris.DEFAULT_BASE);
        for (String[] pathAndIri : served) {
            String path = pathAndIri[0];
            String iri = pathAndIri[1];
            HttpResponse<String> turtle = service.get(path, "text/turtle");
            assertThat(turtle.statusCode()).as(path).isEqualTo(200);
            Model model = parse(turtle, Lang.TURTLE);
            assertThat(model.contains(model.getResource(iri), null)).as(path).isTrue();
            HttpResponse<String> html = service.get(path, "text/html");
            assertThat(html.statusCode()).as(path).isEqualTo(200);
            var page = HtmlPages.parse(html.body());
            if (ownBase) { // asked at an address of this base: the answer names the canonical IRI
                assertThat(turtle.headers().firstValue("Link")).as(path).contains("<" + iri + ">; rel=\"canonical\"");
                assertThat(model.contains(model.getResource(service.iri(path)), OWL.sameAs, model.getResource(iri)))
                        .as(path).isTrue();
                assertThat(HtmlPages.texts(page, "//p[@id='canonical']//code")).as(path)
                        .containsExactly(service.iri(path));
            } else {
                assertThat(turtle.headers().firstValue("Link")).as(path).isEmpty();
                assertThat(HtmlPages.texts(page, "//p[@id='canonical']")).as(path).isEmpty();
            }
        }
        var ontologyPage = HtmlPages.parse(service.get(ONTOLOGY_PATH, "text/html").body());
        assertThat(HtmlPages.texts(ontologyPage, "//table//th[@scope='row']/a/@href"))
                .contains(ONTOLOGY_PATH + "/Competence");
    }

    @Test
    void servesANamedGraphAtItsIri() {
        HttpResponse<String> page = service.get("/graph/norme", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        HtmlPages.parse(page.body());
        Model laws = parse(service.get("/graph/norme", "application/n-triples"), Lang.NTRIPLES);
        assertThat(laws.size()).isGreaterThan(50);
    }

    @Test
    void describesResourcesThatAreNotOursByTheirIri() {
        HttpResponse<String> answer = service.get("/risorsa?iri=http://data.europa.eu/eli/reg/2016/679/oj", "text/turtle");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(parse(answer, Lang.TURTLE).contains(
                ModelFactory.createDefaultModel().createResource("http://data.europa.eu/eli/reg/2016/679/oj"), null)).isTrue();
        assertThat(service.get("/risorsa?iri=not%20an%20iri", "text/turtle").statusCode()).isEqualTo(400);
        assertThat(service.get("/risorsa", "text/turtle").statusCode()).isEqualTo(400);
    }

    @Test
    void answers404ForAnUnknownIriAnd406ForAnUnservableType() {
        for (String path : List.of("/data/organization/support-unit/cciaa-di-foggia/ufficio-9-9",
                "/controlled-vocabulary/mappa-processi/2024/Z9", "/onto/organigramma/NoSuchTerm", "/graph/nessuno")) {
            HttpResponse<String> answer = service.get(path, "text/turtle");
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at it.cciaa");
        }
        HttpResponse<String> html404 = service.get("/data/nessuna-risorsa", "text/html");
        assertThat(html404.statusCode()).isEqualTo(404);
        HtmlPages.parse(html404.body());
        assertThat(service.get(UNIT, "image/png").statusCode()).isEqualTo(406);
        assertThat(service.get(UNIT + "?format=yaml", "text/html").statusCode()).isEqualTo(406);
    }
}
