package it.cciaa.organigramma.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.web.HtmlPages;
import it.cciaa.organigramma.web.LiveService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The public SPARQL endpoint through the running service, with either store: protocol, formats, safety, limits. */
class SparqlHttpIT {
    private static final String OFFICE_NAME = "GESTIONE RISORSE ECONOMICHE E FINANZIARIE";
    private static final String UNITS = """
            PREFIX org:  <http://www.w3.org/ns/org#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?unit ?name WHERE {
              GRAPH ?edition { ?unit a org:OrganizationalUnit ; skos:prefLabel ?name }
            } ORDER BY ?unit
            """;
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } GRAPH ?b "
            + "{ ?s2 ?p2 ?o2 } GRAPH ?c { ?s3 ?p3 ?o3 } }";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final LiveService service = LiveService.get();
    private final String editionGraph = service.iri("/graph/organigramma/cciaa-di-foggia/2025-01-01");
    private final String office = service.iri("/data/organization/support-unit/cciaa-di-foggia/ufficio-2-1");
    private final String officeGraph = "CONSTRUCT { <" + office + "> ?p ?o } WHERE { GRAPH ?g { <" + office
            + "> ?p ?o } }";

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String query, String accept) {
        return service.get("/sparql?query=" + encode(query), accept);
    }

    private HttpResponse<String> post(String contentType, String body, String accept) {
        return service.send(HttpRequest.newBuilder(URI.create(service.url("/sparql")))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private static String contentType(HttpResponse<?> answer) {
        return answer.headers().firstValue("Content-Type").orElse("");
    }

    private static List<String> column(ResultSet rows, String variable) {
        List<String> values = new ArrayList<>();
        rows.forEachRemaining(row -> values.add(row.get(variable).toString()));
        return values;
    }

    private static ResultSet rows(HttpResponse<String> answer, Lang lang) {
        return ResultSetMgr.read(new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)), lang);
    }

    private static Graph graph(HttpResponse<String> answer, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        if (lang.equals(Lang.TRIG)) {
            RDFParser.fromString(answer.body(), lang).toDatasetGraph().find()
                    .forEachRemaining(quad -> graph.add(quad.asTriple()));
        } else {
            RDFParser.fromString(answer.body(), lang).parse(graph);
        }
        return graph;
    }

    @Test
    void answersTheSameRowsByGetFormPostAndDirectPost() {
        HttpResponse<String> byGet = get(UNITS, null);
        HttpResponse<String> byForm = post("application/x-www-form-urlencoded", "query=" + encode(UNITS),
                "application/sparql-results+json");
        HttpResponse<String> direct = post("application/sparql-query", UNITS, "application/sparql-results+json");
        for (HttpResponse<String> answer : List.of(byGet, byForm, direct)) {
            assertThat(answer.statusCode()).as(answer.request().method()).isEqualTo(200);
            assertThat(contentType(answer)).startsWith("application/sparql-results+json");
        }
        List<String> units = column(rows(byGet, ResultSetLang.RS_JSON), "unit");
        assertThat(units).hasSizeGreaterThan(20).contains(office);
        assertThat(column(rows(byForm, ResultSetLang.RS_JSON), "unit")).isEqualTo(units);
        assertThat(column(rows(direct, ResultSetLang.RS_JSON), "unit")).isEqualTo(units);
    }

    @Test
    void aDefaultGraphParameterMakesAGraphTheDefaultOne() {
        String withoutGraph = "PREFIX org: <http://www.w3.org/ns/org#> SELECT ?unit WHERE { ?unit a org:OrganizationalUnit }";
        List<String> byDefault = column(rows(get(withoutGraph, null), ResultSetLang.RS_JSON), "unit");
        if (service.mode().equals("virtuoso")) { // its default graph is the union of the named ones (docs/engines.md)
            assertThat(byDefault).contains(office);
        } else {
            assertThat(byDefault).isEmpty();
        }
        HttpResponse<String> answer = service.get("/sparql?query=" + encode(withoutGraph) + "&default-graph-uri="
                + encode(editionGraph), null);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(column(rows(answer, ResultSetLang.RS_JSON), "unit")).contains(office);
    }

    @Test
    void everyResultFormatParsesWithTheSameUnits() {
        record Format(String accept, String key, Lang lang) {}
        for (Format format : List.of(new Format("application/sparql-results+json", "json", ResultSetLang.RS_JSON),
                new Format("application/sparql-results+xml", "xml", ResultSetLang.RS_XML),
                new Format("text/csv", "csv", ResultSetLang.RS_CSV),
                new Format("text/tab-separated-values", "tsv", ResultSetLang.RS_TSV))) {
            HttpResponse<String> byAccept = get(UNITS, format.accept());
            HttpResponse<String> byParameter = service.get("/sparql?format=" + format.key() + "&query=" + encode(UNITS),
                    BROWSER);
            for (HttpResponse<String> answer : List.of(byAccept, byParameter)) {
                assertThat(answer.statusCode()).as(format.key()).isEqualTo(200);
                assertThat(contentType(answer)).as(format.key()).startsWith(format.accept());
                assertThat(answer.headers().allValues("Vary")).as(format.key()).contains("Accept");
                List<String> units = column(rows(answer, format.lang()), "unit");
                assertThat(units).as(format.key()).anySatisfy(unit -> assertThat(unit).contains(office));
            }
            HttpResponse<String> ask = get("ASK { GRAPH ?g { <" + office + "> ?p ?o } }", format.accept());
            assertThat(ask.statusCode()).as("ASK " + format.key()).isEqualTo(200);
            assertThat(contentType(ask)).as("ASK " + format.key()).startsWith(format.accept());
            if (format.key().equals("json") || format.key().equals("xml")) {
                assertThat(ResultSetMgr.readBoolean(new ByteArrayInputStream(ask.body().getBytes(StandardCharsets.UTF_8)),
                        format.lang())).as("ASK " + format.key()).isTrue();
            } else {
                // SPARQL 1.1 CSV and TSV define no boolean form: one column, one row, "true".
                assertThat(ask.body().lines().toList()).as("ASK " + format.key()).hasSize(2).last().isEqualTo("true");
            }
        }
    }

    @Test
    void everyGraphFormatParsesWithTheOfficeAndItsName() {
        record Format(String accept, String key, Lang lang) {}
        for (Format format : List.of(new Format("text/turtle", "turtle", Lang.TURTLE),
                new Format("application/ld+json", "jsonld", Lang.JSONLD),
                new Format("application/rdf+xml", "rdfxml", Lang.RDFXML),
                new Format("application/n-triples", "ntriples", Lang.NTRIPLES),
                new Format("application/trig", "trig", Lang.TRIG))) {
            for (String query : List.of(officeGraph, "DESCRIBE <" + office + "> FROM <" + editionGraph + ">")) {
                HttpResponse<String> answer = get(query, format.accept());
                assertThat(answer.statusCode()).as(format.key() + " " + query).isEqualTo(200);
                assertThat(contentType(answer)).as(format.key()).startsWith(format.accept());
                assertThat(graph(answer, format.lang()).contains(NodeFactory.createURI(office), SKOS.prefLabel.asNode(),
                        NodeFactory.createLiteralLang(OFFICE_NAME, "it"))).as(format.key() + " " + query).isTrue();
            }
        }
        HttpResponse<String> byDefault = get(officeGraph, "*/*");
        assertThat(contentType(byDefault)).startsWith("text/turtle");
    }

    @Test
    void describesItselfInTurtleAndJsonLdAndShowsTheFormToBrowsers() {
        for (String accept : List.of("text/turtle", "application/ld+json")) {
            HttpResponse<String> answer = service.get("/sparql", accept);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(contentType(answer)).startsWith(accept);
            Graph description = graph(answer, accept.equals("text/turtle") ? Lang.TURTLE : Lang.JSONLD);
            String sd = SD.NS;
            assertThat(description.contains(NodeFactory.createURI(service.url("/sparql")),
                    NodeFactory.createURI(sd + "endpoint"), NodeFactory.createURI(service.url("/sparql")))).isTrue();
            assertThat(description.find(null, NodeFactory.createURI(sd + "name"), NodeFactory.createURI(editionGraph))
                    .toList()).hasSize(1);
        }
        Document page = HtmlPages.parse(service.get("/sparql", BROWSER).body());
        assertThat(HtmlPages.texts(page, "//h1")).containsExactly("Interrogare i dati con SPARQL");
        assertThat(HtmlPages.texts(page, "/html/@lang")).containsExactly("it");
        assertThat(HtmlPages.texts(page, "//form[@method='get']//textarea[@name='query']")).singleElement()
                .asString().contains("GRAPH ?edizione");
        assertThat(HtmlPages.texts(page, "//label/@for")).contains("query", "format", "default-graph-uri");
        assertThat(HtmlPages.texts(page, "//select[@name='default-graph-uri']/option/@value")).contains(editionGraph);
        assertThat(HtmlPages.texts(page, "//section[h2[@id='limiti']]")).singleElement().asString()
                .contains("X-Result-Truncated").contains("10000").contains(LiveService.QUERY_TIMEOUT.toSeconds() + " s");
    }

    @Test
    void everyExampleQueryOfTheLibraryIsAWorkingLink() {
        Document page = HtmlPages.parse(service.get("/sparql", BROWSER).body());
        List<String> links = HtmlPages.texts(page, "//section[h2[@id='esempi']]//a[starts-with(@href, '/sparql?query=')]/@href");
        NamedQueries library = NamedQueries.load();
        assertThat(new HashSet<>(links)).hasSize(library.all().size()); // a query is listed under each of its tags
        for (NamedQuery named : library.all().values()) {
            String link = "/sparql?query=" + encode(QueryExamples.text(named));
            assertThat(links).contains(link);
            HttpResponse<String> answer = service.get(link, "*/*");
            if (named.requiredParameters().isEmpty()) {
                assertThat(answer.statusCode()).as(named.name()).isEqualTo(200);
            } else {
                // Left unbound, a parameter matches every value: the query is admitted, and may hit the time limit;
                // Virtuoso refuses some such queries (a property path free at both ends): 400 with its reason.
                if (service.mode().equals("virtuoso") && answer.statusCode() == 400) {
                    assertThat(answer.body()).as(named.name()).contains("Virtuoso");
                } else {
                    assertThat(answer.statusCode()).as(named.name()).isIn(200, 503);
                }
            }
        }
    }

    @Test
    void showsTheAnswerOrTheErrorOnTheFormPage() {
        HttpResponse<String> answer = get(UNITS, BROWSER);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(contentType(answer)).startsWith("text/html");
        Document page = HtmlPages.parse(answer.body());
        assertThat(HtmlPages.texts(page, "//h1")).hasSize(1);
        assertThat(HtmlPages.texts(page, "//table/caption")).containsExactly("Risultati della query SELECT");
        assertThat(HtmlPages.texts(page, "//table//th")).containsExactly("?unit", "?name");
        assertThat(HtmlPages.texts(page, "//table//td")).contains(office).contains(OFFICE_NAME + " @it");
        assertThat(HtmlPages.texts(page, "//textarea[@name='query']")).singleElement().asString().contains("?unit ?name");
        assertThat(HtmlPages.texts(page, "//nav[@aria-label='Risultati in altri formati']//a")).containsExactly(
                "JSON", "XML", "CSV", "TSV");

        HttpResponse<String> graph = get(officeGraph, BROWSER);
        assertThat(HtmlPages.texts(HtmlPages.parse(graph.body()), "//section[h2[@id='risultati']]//pre")).singleElement()
                .asString().contains(OFFICE_NAME);

        HttpResponse<String> error = get("SELECT * WHERE { ?s ?p }", BROWSER);
        assertThat(error.statusCode()).isEqualTo(400);
        Document errorPage = HtmlPages.parse(error.body());
        assertThat(HtmlPages.texts(errorPage, "//*[@role='alert']//pre")).singleElement().asString()
                .contains("line 1, column 24");
        assertThat(HtmlPages.texts(errorPage, "//textarea[@name='query']")).containsExactly("SELECT * WHERE { ?s ?p }");
    }

    @Test
    void aSyntaxErrorIsA400WithLineAndColumn() {
        HttpResponse<String> answer = get("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nSELECT ?x WHERE {\n"
                + "  GRAPH ?g { ?x skos:prefLabel }\n}", "application/sparql-results+json");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(contentType(answer)).startsWith("text/plain");
        assertThat(answer.body()).contains("line 3, column 32").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void refusesServiceAndForeignGraphsWith422AndNeverCallsOut() throws Exception {
        try (ServerSocket trap = new ServerSocket(0)) {
            trap.setSoTimeout(1500);
            String outside = "http://127.0.0.1:" + trap.getLocalPort() + "/";
            CompletableFuture<Boolean> called = CompletableFuture.supplyAsync(() -> {
                try (var ignored = trap.accept()) {
                    return true;
                } catch (SocketTimeoutException nobody) {
                    return false;
                } catch (IOException e) {
                    return false;
                }
            });
            List<String> queries = List.of(
                    "SELECT * WHERE { SERVICE <" + outside + "sparql> { ?s ?p ?o } }",
                    "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } { SELECT ?s WHERE { SERVICE <" + outside + "> { ?s ?p ?o } } } }",
                    "ASK { GRAPH ?g { ?s ?p ?o FILTER EXISTS { SERVICE <" + outside + "> { ?s ?p ?o } } } }",
                    "SELECT * FROM <" + outside + "data.ttl> WHERE { ?s ?p ?o }",
                    "SELECT * FROM NAMED <" + outside + "data.ttl> WHERE { GRAPH ?g { ?s ?p ?o } }");
            for (String query : queries) {
                HttpResponse<String> answer = get(query, null);
                assertThat(answer.statusCode()).as(query).isEqualTo(422);
                assertThat(contentType(answer)).startsWith("text/plain");
            }
            HttpResponse<String> protocolGraph = service.get("/sparql?query=" + encode("SELECT * WHERE { ?s ?p ?o }")
                    + "&named-graph-uri=" + encode(outside + "data.ttl"), null);
            assertThat(protocolGraph.statusCode()).isEqualTo(422);
            assertThat(called.get()).as("a connection to the address in the queries").isFalse();
        }
    }

    @Test
    void refusesUpdatesBecauseTheEndpointIsReadOnly() {
        String update = "INSERT DATA { GRAPH <" + editionGraph + "> { <urn:x> <urn:y> <urn:z> } }";
        List<HttpResponse<String>> answers = List.of(
                post("application/x-www-form-urlencoded", "update=" + encode(update), "*/*"),
                post("application/sparql-update", update, "*/*"),
                post("application/x-www-form-urlencoded", "query=" + encode(update), "*/*"),
                service.get("/sparql?update=" + encode(update), null));
        for (HttpResponse<String> answer : answers) {
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("read-only");
        }
        HttpResponse<String> put = service.send(HttpRequest.newBuilder(URI.create(service.url("/sparql")))
                .PUT(HttpRequest.BodyPublishers.ofString(update)).build());
        assertThat(put.statusCode()).isEqualTo(401); // any method but GET/HEAD/OPTIONS needs an editor (docs/security.md)
        assertThat(get("ASK { GRAPH ?g { <urn:x> ?p ?o } }", "text/csv").body()).contains("false");
    }

    @Test
    void stopsARunawayQueryWith503AndStaysResponsive() {
        for (String runaway : List.of(RUNAWAY, "SELECT * WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } GRAPH ?b { ?s2 ?p2 ?o2 } "
                + "GRAPH ?c { ?s3 ?p3 ?o3 } FILTER(STRLEN(STR(?o3)) > 100000) }")) { // no row ever matches: it only runs
            long start = System.nanoTime();
            HttpResponse<String> answer = get(runaway, "application/sparql-results+json");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(answer.statusCode()).as(runaway).isEqualTo(503);
            assertThat(contentType(answer)).startsWith("text/plain");
            assertThat(answer.body()).contains("query stopped after " + LiveService.QUERY_TIMEOUT.toSeconds() + " s");
            assertThat(took).as(runaway).isLessThan(LiveService.QUERY_TIMEOUT.plusSeconds(4));

            long quick = System.nanoTime();
            HttpResponse<String> next = get("ASK { GRAPH ?g { <" + office + "> ?p ?o } }", "application/sparql-results+json");
            assertThat(next.statusCode()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - quick)).isLessThan(LiveService.QUERY_TIMEOUT.plusSeconds(3));
        }
    }

    @Test
    void cutsAnAnswerAtTheRowLimitAndSaysSo() {
        HttpResponse<String> all = get("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }", "application/sparql-results+json");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("X-Result-Truncated")).contains("rows");
        assertThat(all.headers().firstValue("X-Result-Limit")).contains("10000");
        assertThat(column(rows(all, ResultSetLang.RS_JSON), "s")).hasSize(10000);

        HttpResponse<String> few = get("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 10", "text/csv");
        assertThat(few.headers().firstValue("X-Result-Truncated")).isEmpty();
        assertThat(column(rows(few, ResultSetLang.RS_CSV), "s")).hasSize(10);
    }

    @Test
    void answers406ForATypeTheQueryCannotHave() {
        HttpResponse<String> png = get(UNITS, "image/png");
        assertThat(png.statusCode()).isEqualTo(406);
        assertThat(png.body()).contains("application/sparql-results+json");
        assertThat(get(officeGraph, "application/sparql-results+json").statusCode()).isEqualTo(406);
        assertThat(get(UNITS, "text/turtle").statusCode()).isEqualTo(406);
    }

    @Test
    void letsPagesOfAnyOriginReadAnswers() {
        HttpResponse<String> answer = service.send(HttpRequest.newBuilder(URI.create(service.url("/sparql?query="
                + encode(UNITS)))).header("Origin", "https://trasparenza.example.org").GET().build());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(String.join(",", answer.headers().allValues("Access-Control-Expose-Headers")))
                .contains("X-Result-Truncated").contains("X-Result-Limit");

        HttpResponse<String> preflight = service.send(HttpRequest.newBuilder(URI.create(service.url("/sparql")))
                .header("Origin", "https://trasparenza.example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(String.join(",", preflight.headers().allValues("Access-Control-Allow-Methods"))).contains("POST");
        assertThat(String.join(",", preflight.headers().allValues("Access-Control-Allow-Headers")).toLowerCase())
                .contains("content-type");

        HttpResponse<String> refused = service.send(HttpRequest.newBuilder(URI.create(service.url("/sparql?query="
                + encode("SELECT")))).header("Origin", "https://trasparenza.example.org").GET().build());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    }

    @Test
    void errorsNeverShowAStackTraceNorTheStoreAddress() {
        for (HttpResponse<String> answer : List.of(get("SELECT", null), get(RUNAWAY, null),
                get("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", null),
                post("multipart/form-data; boundary=x", "--x--", "*/*"),
                service.get("/sparql?query=a&query=b", null), service.get("/sparql?format=excel", null))) {
            assertThat(answer.statusCode()).as(answer.uri().toString()).isBetween(400, 599);
            assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("/ds")
                    .doesNotContain("org.apache").doesNotContain("org.springframework");
        }
    }
}
