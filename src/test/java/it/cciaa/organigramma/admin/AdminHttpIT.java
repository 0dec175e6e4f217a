package it.cciaa.organigramma.admin;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.web.HtmlPages;
import it.cciaa.organigramma.web.LiveService;
import it.cciaa.organigramma.web.LiveService.Credentials;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * What an editor can do through the administration, against the running service: SPARQL Update, the Graph Store
 * Protocol, the administration page. Every write goes to scratch graphs dropped at the end.
 */
class AdminHttpIT {
    private static final LiveService SERVICE = LiveService.get();
    private static final String SCRATCH = "https://example.org/test/admin-scratch";
    private static final String OTHER = "https://example.org/test/admin-other";
    private static final Credentials EDITOR = LiveService.EDITOR;

    @AfterAll
    static void dropScratchGraphs() {
        for (String graph : new String[] {SCRATCH, OTHER}) {
            send("DELETE", "/admin/graph-store?graph=" + graph, null, null, EDITOR, null);
        }
    }

    @Test
    void anUpdateRunsAndChangesTheStoreVersion() {
        String before = SERVICE.get("/", "text/html").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> done = update("INSERT DATA { GRAPH <" + SCRATCH + "> { <https://example.org/test/a> "
                + "<https://example.org/test/p> \"uno\" } }");
        assertThat(done.statusCode()).isEqualTo(204);
        assertThat(graph(SCRATCH, "application/n-triples").body()).contains("\"uno\"");
        assertThat(SERVICE.get("/", "text/html").headers().firstValue("ETag")).isPresent().get().isNotEqualTo(before);

        HttpResponse<String> form = send("POST", "/admin/update", "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode("DELETE DATA { GRAPH <" + SCRATCH + "> { <https://example.org/test/a> "
                        + "<https://example.org/test/p> \"uno\" } }", StandardCharsets.UTF_8), EDITOR, null);
        assertThat(form.statusCode()).isEqualTo(204);
        assertThat(graph(SCRATCH, null).statusCode()).isEqualTo(404);
    }

    @Test
    void anUpdateWithASyntaxErrorNamesItsLineAndWritesNothing() {
        HttpResponse<String> refused = update("PREFIX ex: <https://example.org/test/>\n"
                + "INSERT DATA { GRAPH <" + SCRATCH + "> { ex:a ex:p ex:b } } ;\nDELET WHERE { ?s ?p ?o }");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("riga 3, colonna 6");
        assertThat(graph(SCRATCH, null).statusCode()).isEqualTo(404);
        assertThat(update("").statusCode()).isEqualTo(400);
        assertThat(update("LOAD <http://example.org/data.ttl>").body()).contains("LOAD");
    }

    @Test
    void theGraphStoreFollowsTheProtocol() {
        String at = "/admin/graph-store?graph=" + OTHER;
        HttpResponse<String> created = send("PUT", at, "text/turtle", "<https://example.org/test/s> "
                + "<https://example.org/test/p> 1 .", EDITOR, null);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(at));
        assertThat(send("PUT", at, "application/n-triples", "<https://example.org/test/s> <https://example.org/test/p> "
                + "\"2\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n", EDITOR, null).statusCode()).isEqualTo(204);
        assertThat(send("POST", at, "application/rdf+xml", "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-"
                + "syntax-ns#\" xmlns:t=\"https://example.org/test/\"><rdf:Description rdf:about=\"https://example.org"
                + "/test/s\"><t:q>tre</t:q></rdf:Description></rdf:RDF>", EDITOR, null).statusCode()).isEqualTo(204);

        String triples = graph(OTHER, "application/n-triples").body();
        assertThat(triples).contains("\"2\"^^<http://www.w3.org/2001/XMLSchema#integer>", "\"tre\"")
                .doesNotContain("\"1\"^^");
        HttpResponse<String> reader = send("GET", at, null, null, LiveService.READER, "text/turtle");
        assertThat(reader.statusCode()).isEqualTo(200);
        assertThat(reader.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        assertThat(send("GET", at, null, null, EDITOR, "text/html").statusCode()).isEqualTo(406);

        HttpResponse<String> broken = send("PUT", at, "text/turtle", "<https://example.org/test/s> "
                + "<https://example.org/test/p> 1 .\n<https://example.org/test/s> <https://example.org/test/p> .", EDITOR,
                null);
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("riga 2");
        assertThat(graph(OTHER, "application/n-triples").body()).contains("\"tre\"");
        assertThat(send("PUT", at, "application/ld+json", "{}", EDITOR, null).statusCode()).isEqualTo(415);
        assertThat(send("PUT", at, null, "x", EDITOR, null).statusCode()).isEqualTo(415);

        assertThat(send("DELETE", at, null, null, EDITOR, null).statusCode()).isEqualTo(204);
        assertThat(graph(OTHER, null).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", at, null, null, EDITOR, null).statusCode()).isEqualTo(404);
    }

    @Test
    void theDefaultGraphAndRelativeNamesAreNeverWritten() {
        String turtle = "<https://example.org/test/s> <https://example.org/test/p> 1 .";
        for (String query : new String[] {"?default", "", "?graph=relative/name", "?graph=" + OTHER + "&default"}) {
            HttpResponse<String> refused = send("PUT", "/admin/graph-store" + query, "text/turtle", turtle, EDITOR, null);
            assertThat(refused.statusCode()).as(query).isEqualTo(400);
        }
        assertThat(send("PUT", "/admin/graph-store?default", "text/turtle", turtle, EDITOR, null).body())
                .contains("predefinito");
        assertThat(graph(OTHER, null).statusCode()).isEqualTo(404);
    }

    @Test
    void theAdministrationPageSaysWhoIsSignedInAndHowToWrite() {
        HttpResponse<String> answer = send("GET", "/admin", null, null, LiveService.READER, "text/html");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        Document page = HtmlPages.parse(answer.body());
        assertThat(HtmlPages.texts(page, "//h1")).containsExactly("Amministrazione");
        assertThat(HtmlPages.texts(page, "/html/@lang")).containsExactly("it");
        assertThat(HtmlPages.texts(page, "//table[not(caption)]")).isEmpty();
        assertThat(String.join("\n", HtmlPages.texts(page, "//td"))).contains(LiveService.READER.user(), "reader");
        assertThat(String.join("\n", HtmlPages.texts(page, "//pre")))
                .contains("/admin/edizioni", "/admin/update", "/admin/graph-store");

        HttpResponse<String> json = send("GET", "/admin", null, null, EDITOR, "application/json");
        assertThat(json.body()).contains("\"user\":\"" + EDITOR.user() + "\"", "\"role\":\"editor\"",
                "\"storeMode\":\"" + (SERVICE.mode().equals("embedded") ? "embedded" : "external") + "\"",
                "\"editions\":");
    }

    private static HttpResponse<String> update(String text) {
        return send("POST", "/admin/update", "application/sparql-update", text, EDITOR, null);
    }

    private static HttpResponse<String> graph(String graph, String accept) {
        return send("GET", "/admin/graph-store?graph=" + graph, null, null, EDITOR, accept);
    }

    private static HttpResponse<String> send(String method, String path, String contentType, String body,
            Credentials who, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SERVICE.url(path))).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return SERVICE.send(LiveService.signedIn(request, who).build());
    }
}
