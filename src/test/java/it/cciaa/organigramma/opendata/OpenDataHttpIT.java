package it.cciaa.organigramma.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.iri.ServiceIris;
import it.cciaa.organigramma.store.BaseRewriter;
import it.cciaa.organigramma.vocabulary.OKG;
import it.cciaa.organigramma.web.HtmlPages;
import it.cciaa.organigramma.web.LiveService;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** Dumps, the DCAT-AP_IT catalogue and the VoID description, as the transparency portal fetches them. */
class OpenDataHttpIT {
    private final LiveService service = LiveService.get();

    @Test
    void dumpsOfEverythingAndOfTheCurrentEditionParse() {
        Dataset all = DatasetFactory.create();
        RDFParser.create().source(new StringReader(service.get("/dump/organigramma.trig", null).body()))
                .lang(Lang.TRIG).parse(all);
        assertThat(all.listNames()).toIterable().hasSizeGreaterThanOrEqualTo(7);
        Dataset quads = DatasetFactory.create();
        RDFParser.create().source(new StringReader(service.get("/dump/organigramma.nq", null).body()))
                .lang(Lang.NQUADS).parse(quads);
        assertThat(quads.asDatasetGraph().stream().count()).isEqualTo(all.asDatasetGraph().stream().count());

        Model turtle = parse("/dump/edizione-corrente.ttl", Lang.TURTLE);
        Model jsonld = parse("/dump/edizione-corrente.jsonld", Lang.JSONLD);
        assertThat(turtle.size()).isGreaterThan(10_000).isEqualTo(jsonld.size());
        assertThat(turtle.listSubjectsWithProperty(RDF.type,
                OKG.Competence).toList()).hasSize(295);
        assertThat(service.get("/dump/altro.zip", null).statusCode()).isEqualTo(404);
    }

    private Model parse(String path, Lang lang) {
        HttpResponse<String> answer = service.get(path, null);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(answer.body())).lang(lang).parse(model);
        return model;
    }

    @Test
    void theCatalogueDescribesEachEditionWithDistributionsAndLicence() {
        HttpResponse<String> answer = service.get("/catalogo", "text/turtle");
        assertThat(answer.statusCode()).isEqualTo(200);
        Model catalogue = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(answer.body())).lang(Lang.TURTLE).parse(catalogue);
        Resource dcatapitDataset = catalogue.createResource("http://dati.gov.it/onto/dcatapit#Dataset");
        var datasets = catalogue.listSubjectsWithProperty(RDF.type, dcatapitDataset).toList();
        assertThat(datasets).hasSize(2); // the Foggia edition and the whole graph
        for (Resource dataset : datasets) {
            for (var property : new org.apache.jena.rdf.model.Property[] {DCTerms.identifier, DCTerms.title,
                    DCTerms.description, DCTerms.modified, DCAT.theme, DCTerms.rightsHolder, DCTerms.accrualPeriodicity}) {
                assertThat(dataset.hasProperty(property)).as(dataset + " " + property).isTrue();
            }
            for (var distribution : dataset.listProperties(DCAT.distribution).mapWith(s -> s.getResource()).toList()) {
                assertThat(distribution.hasProperty(DCTerms.format)).isTrue();
                assertThat(distribution.hasProperty(DCAT.accessURL)).isTrue();
                assertThat(distribution.getPropertyResourceValue(DCTerms.license).getURI())
                        .isEqualTo("https://w3id.org/italia/controlled-vocabulary/licences/A21_CCBY40");
            }
        }
    }

    @Test
    void peopleGetTheCatalogueAsAPageWithDatasetsValidityFileSizesAndLicence() {
        HttpResponse<String> answer = service.get("/catalogo", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(answer.headers().allValues("Vary")).contains("Accept");
        var page = HtmlPages.parse(answer.body());
        assertThat(HtmlPages.texts(page, "//h1")).containsExactly("Organigramma KG – catalogo dei dati");
        assertThat(HtmlPages.texts(page, "//article[@class='dataset']/h3")).containsExactly(
                "Organigramma di CCIAA di Foggia – edizione del 1° gennaio 2025", "Organigramma KG – il grafo completo");
        String edition = "//article[@class='dataset'][1]";
        assertThat(HtmlPages.texts(page, edition + "//dd")).contains("CCIAA di Foggia", "dal 1° gennaio 2025");
        assertThat(HtmlPages.texts(page, edition + "//tbody/tr/th/a/@href")).contains(
                "/dump/cciaa-di-foggia/edizione-corrente.ttl", "/dump/cciaa-di-foggia/edizione-corrente.jsonld");
        for (String file : List.of("/dump/cciaa-di-foggia/edizione-corrente.ttl", "/dump/organigramma.trig")) {
            String row = "//tr[th/a/@href='" + file + "']";
            String exact = HtmlPages.texts(page, row + "/td[2]/span/@title").getFirst();
            long bytes = service.get(file, null).body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            assertThat(exact).as(file).isEqualTo(java.text.NumberFormat.getIntegerInstance(java.util.Locale.ITALIAN)
                    .format(bytes) + " byte");
            assertThat(HtmlPages.texts(page, row + "/td[2]")).as(file).singleElement().asString().endsWith(" MB");
            assertThat(HtmlPages.texts(page, row + "/td[3]")).as(file).containsExactly("CC BY 4.0");
        }
        assertThat(HtmlPages.texts(page, "//nav[@class='formats']//a/@href")).contains("/catalogo?format=turtle");
        assertThat(service.get("/catalogo?format=turtle", "text/html").headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/turtle"));
        assertThat(service.get("/catalogo", "application/ld+json").headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/ld+json"));
        assertThat(service.get("/catalogo?ente=cciaa-di-atlantide", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void voidNamesTheEndpointTheDumpsAndEveryGraph() {
        HttpResponse<String> answer = service.get("/void", "application/ld+json");
        assertThat(answer.statusCode()).isEqualTo(200);
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(answer.body())).lang(Lang.JSONLD).parse(model);
        String voidNs = "http://rdfs.org/ns/void#";
        assertThat(model.listObjectsOfProperty(model.createProperty(voidNs, "sparqlEndpoint")).toList()).hasSize(1);
        assertThat(model.listObjectsOfProperty(model.createProperty(voidNs, "dataDump")).toList()).hasSize(2);
        assertThat(model.listObjectsOfProperty(model.createProperty(voidNs, "subset")).toList()).hasSizeGreaterThanOrEqualTo(7);
    }

    /**
     * Whatever the service's base, everything it holds is on that base, but for the ontology's terms and the shapes,
     * whose persistent IRIs every base shares: no vocabulary, law, shape prefix or report is left on the default base.
     */
    @Test
    void everythingTheStoreHoldsIsOnTheServicesBaseButTheOntologyAndTheShapes() {
        Dataset all = DatasetFactory.create();
        RDFParser.create().source(new StringReader(service.get("/dump/organigramma.nq", null).body()))
                .lang(Lang.NQUADS).parse(all);
        Set<String> misplaced = new TreeSet<>();
        all.asDatasetGraph().stream().forEach(quad -> {
            for (Node node : List.of(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject())) {
                String iri = node.isURI() ? node.getURI()
                        : node.isLiteral() && node.getLiteralDatatypeURI().endsWith("#anyURI")
                                ? node.getLiteralLexicalForm() : "";
                if (iri.startsWith(ServiceIris.DEFAULT_BASE + "/") && !iri.startsWith(service.base() + "/")
                        && !BaseRewriter.isPersistent(iri)) {
                    misplaced.add(iri);
                }
            }
        });
        assertThat(misplaced).isEmpty();
        assertThat(all.containsNamedModel(service.iri("/graph/catalogo"))).isTrue();
        assertThat(all.containsNamedModel(service.iri("/graph/validazione/cciaa-di-foggia/2025-01-01"))).isTrue();

        Model voidDescription = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(service.get("/void", "text/turtle").body())).lang(Lang.TURTLE)
                .parse(voidDescription);
        assertThat(voidDescription.listObjectsOfProperty(voidDescription.createProperty("http://rdfs.org/ns/void#",
                "uriSpace")).mapWith(n -> n.asLiteral().getLexicalForm()).toList()).containsExactly(service.base() + "/");
    }

    @Test
    void theOpenDataPageLinksEverything() {
        HttpResponse<String> answer = service.get("/dati", "text/html");
        assertThat(answer.statusCode()).isEqualTo(200);
        var page = HtmlPages.parse(answer.body());
        assertThat(HtmlPages.texts(page, "//main//a/@href")).contains("/dump/organigramma.trig", "/dump/edizione-corrente.ttl",
                "/catalogo", "/void", "/sparql");
    }

    @Test
    void answersNotModifiedToARepeatedRequest() throws Exception {
        HttpResponse<String> first = service.get("/dump/edizione-corrente.ttl", null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> again = service.send(HttpRequest.newBuilder(URI.create(service.url("/dump/edizione-corrente.ttl")))
                .header("If-None-Match", etag).build());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<String> since = service.send(HttpRequest.newBuilder(URI.create(service.url("/dati")))
                .header("If-Modified-Since", lastModified).header("Accept", "text/html").build());
        assertThat(since.statusCode()).isEqualTo(304);
        HttpResponse<String> other = service.send(HttpRequest.newBuilder(URI.create(service.url("/dati")))
                .header("If-None-Match", "W/\"something-else\"").header("Accept", "text/html").build());
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(service.get("/dump/altro.zip", null).headers().firstValue("ETag")).isEmpty();
    }
}
