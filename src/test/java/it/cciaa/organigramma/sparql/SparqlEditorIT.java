package it.cciaa.organigramma.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.query.NamedQuery;
import it.cciaa.organigramma.query.QueryTags;
import it.cciaa.organigramma.web.HtmlPages;
import it.cciaa.organigramma.web.LiveService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The SPARQL page's editor (YASGUI) through the running service: its files come from this server, the page lists the
 * query library by tag in Italian, and the endpoint answers the requests YASGUI sends. (The plain form: SparqlHttpIT.)
 */
class SparqlEditorIT {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final LiveService service = LiveService.get();
    private final NamedQueries library = NamedQueries.load();

    private Document page() {
        HttpResponse<String> answer = service.get("/sparql", BROWSER);
        assertThat(answer.statusCode()).isEqualTo(200);
        return HtmlPages.parse(answer.body());
    }

    private HttpResponse<byte[]> bytes(String path, String acceptEncoding) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url(path)))
                .timeout(Duration.ofSeconds(60)).GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        try {
            return service.client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What YASGUI sends: a form POST with the query, and an Accept for the query's kind. */
    private HttpResponse<String> asTheEditorSends(String query, String accept) {
        return service.send(HttpRequest.newBuilder(URI.create(service.url("/sparql"))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build());
    }

    private static String queryOf(String href) {
        return URLDecoder.decode(href.substring("/sparql?query=".length()), StandardCharsets.UTF_8);
    }

    @Test
    void thePageLoadsOnlyItsOwnFilesAndEachAnswersWithItsType() throws IOException {
        Document page = page();
        List<String> files = new ArrayList<>(HtmlPages.texts(page, "//script/@src"));
        files.addAll(HtmlPages.texts(page, "//link[@rel='stylesheet']/@href"));
        files.addAll(HtmlPages.texts(page, "//img/@src | //iframe/@src | //link[@rel='icon']/@href"));
        assertThat(files).contains(Yasgui.SCRIPT, Yasgui.STYLESHEET, "/js/sparql-editor.js")
                .allSatisfy(file -> assertThat(file).startsWith("/").doesNotStartWith("//"));
        for (String file : files) {
            HttpResponse<byte[]> answer = bytes(file, null);
            assertThat(answer.statusCode()).as(file).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(file)
                    .startsWith(file.endsWith(".css") ? "text/css" : "text/javascript");
        }

        HttpResponse<byte[]> plain = bytes(Yasgui.SCRIPT, null);
        assertThat(plain.headers().firstValue("Cache-Control").orElse(""))
                .contains("max-age=31536000", "public", "immutable");
        HttpResponse<byte[]> zipped = bytes(Yasgui.SCRIPT, "gzip");
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(unzipped.readAllBytes()).isEqualTo(plain.body());
        }
        assertThat(bytes(Yasgui.LICENCE, null).statusCode()).isEqualTo(200);
        assertThat(HtmlPages.texts(page, "//a/@href")).contains(Yasgui.LICENCE);
    }

    @Test
    void theEditorHasItsPlaceAndThePlainFormStays() {
        Document page = page();
        assertThat(HtmlPages.texts(page, "//div[@id='sparql-editor'][@hidden]/@data-base-iri"))
                .containsExactly(service.base());
        assertThat(HtmlPages.texts(page, "//form[@id='sparql-form'][@method='get'][@action='/sparql']"
                + "//textarea[@name='query']")).hasSize(1);
        assertThat(HtmlPages.texts(page, "//pre[@id='sparql-prefixes']")).singleElement().asString()
                .contains("PREFIX okg: <https://w3id.org/organigramma-kg/onto/organigramma/>")
                .contains("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>")
                .contains("PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>");
    }

    @Test
    void listsTheQueryLibraryByTagWithItalianTitles() {
        Document page = page();
        List<String> tags = HtmlPages.texts(page, "//section[@id='sparql-examples']/details/@id").stream()
                .map(id -> id.substring("esempi-".length())).toList();
        assertThat(tags).isEqualTo(QueryTags.ordered().stream().filter(tags::contains).toList())
                .containsAll(library.all().values().stream().flatMap(query -> query.tags().stream()).toList());
        assertThat(HtmlPages.texts(page, "//details[@id='esempi-organigram']/summary/span[1]"))
                .containsExactly("Organigramma");
        for (NamedQuery query : library.all().values()) {
            for (String tag : query.tags()) {
                String group = "//details[@id='esempi-" + tag + "']";
                assertThat(HtmlPages.texts(page, group + "/summary/span[1]")).containsExactly(QueryTags.italianName(tag));
                String link = group + "//li[span[@class='muted code'] = '" + query.name() + "']/a[@class='sparql-example']";
                assertThat(HtmlPages.texts(page, link)).as(query.name()).containsExactly(query.italianSummary());
                String text = queryOf(HtmlPages.texts(page, link + "/@href").getFirst());
                assertThat(text).as(query.name()).startsWith("# " + query.italianSummary() + "\n");
                assertThat(QueryFactory.create(text)).as(query.name()).isEqualTo(query.query());
            }
        }
        assertThat(HtmlPages.texts(page, "//details[@id='esempi-organigram']//li[span[@class='muted code'] = "
                + "'organigram/unit']/code")).containsExactly("?_unit", "?__edition");
    }

    @Test
    void answersAnExampleTheWayTheEditorAsksForIt() {
        Document page = page();
        String units = queryOf(HtmlPages.texts(page, "//details[@id='esempi-organigram']//li[span[@class='muted code']"
                + " = 'organigram/units']/a/@href").getFirst());
        HttpResponse<String> select = asTheEditorSends(units, "application/sparql-results+json");
        assertThat(select.statusCode()).isEqualTo(200);
        assertThat(select.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+json");
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(select.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        List<String> found = new ArrayList<>();
        rows.forEachRemaining(row -> found.add(row.get("unit").toString()));
        assertThat(found).contains(service.iri("/data/organization/support-unit/cciaa-di-foggia/ufficio-2-1"));

        HttpResponse<String> graph = asTheEditorSends("CONSTRUCT { ?unit ?p ?o } WHERE { GRAPH ?g { ?unit ?p ?o "
                + "FILTER (?unit = <" + service.iri("/data/organization/support-unit/cciaa-di-foggia/ufficio-2-1")
                + ">) } }", "text/turtle");
        assertThat(graph.statusCode()).isEqualTo(200);
        assertThat(graph.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        var triples = GraphFactory.createDefaultGraph();
        RDFParser.fromString(graph.body(), Lang.TURTLE).parse(triples);
        assertThat(triples.size()).isPositive();
    }
}
