package it.cciaa.organigramma.security;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.web.HtmlPages;
import it.cciaa.organigramma.web.LiveService;
import it.cciaa.organigramma.web.LiveService.Credentials;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Who may write: every write path and the administration page against anonymous requests, wrong passwords, unknown
 * users, a reader and an editor; public paths that never write; cross-site writes; the public CORS of /sparql.
 * Editors write only to a scratch graph, dropped at the end (the running service is shared by every test).
 */
class SecurityHttpIT {
    private static final LiveService SERVICE = LiveService.get();
    private static final String SCRATCH = "https://example.org/test/security-scratch";
    private static final String MARKER = "https://example.org/test/security-marker";
    private static final String MARKER_TURTLE = "<" + MARKER + "> <https://example.org/test/p> \"x\" .";
    private static final Credentials WRONG_PASSWORD = new Credentials(LiveService.EDITOR.user(), "not-the-password");
    private static final Credentials UNKNOWN_USER = new Credentials("nobody-here", "editor-password-1");

    /** A write the service offers, as an editor would send it (into the scratch graph). */
    record Write(String method, String path, String contentType, String body) {}

    private static final List<Write> WRITES = List.of(
            new Write("POST", "/admin/edizioni", "text/plain", "non un Allegato C"),
            new Write("POST", "/admin/update", "application/sparql-update",
                    "INSERT DATA { GRAPH <" + SCRATCH + "> { " + MARKER_TURTLE + " } }"),
            new Write("POST", "/admin/update", "application/x-www-form-urlencoded", "update=" + URLEncoder.encode(
                    "INSERT DATA { GRAPH <" + SCRATCH + "> { " + MARKER_TURTLE + " } }", StandardCharsets.UTF_8)),
            new Write("PUT", "/admin/graph-store?graph=" + SCRATCH, "text/turtle", MARKER_TURTLE),
            new Write("POST", "/admin/graph-store?graph=" + SCRATCH, "text/turtle", MARKER_TURTLE),
            new Write("DELETE", "/admin/graph-store?graph=" + SCRATCH, null, null));

    @AfterAll
    static void dropScratchGraph() {
        send(new Write("DELETE", "/admin/graph-store?graph=" + SCRATCH, null, null), LiveService.EDITOR, null);
        assertThat(StoreProbe.mentions(SERVICE, MARKER)).isFalse();
    }

    @Test
    void everyWritePathAnswers401WithTheSameBodyToAnonymousWrongPasswordAndUnknownUser() {
        long quads = StoreProbe.quadCount(SERVICE);
        for (Write write : WRITES) {
            HttpResponse<String> anonymous = send(write, null, null);
            HttpResponse<String> wrong = send(write, WRONG_PASSWORD, null);
            HttpResponse<String> unknown = send(write, UNKNOWN_USER, null);
            for (HttpResponse<String> answer : List.of(anonymous, wrong, unknown)) {
                assertThat(answer.statusCode()).as(write.toString()).isEqualTo(401);
                assertThat(answer.headers().allValues("WWW-Authenticate")).containsExactly(
                        "Basic realm=\"Organigramma KG\"");
                assertThat(answer.headers().allValues("Set-Cookie")).as("stateless").isEmpty();
            }
            assertThat(wrong.body()).isEqualTo(anonymous.body()).isEqualTo(unknown.body())
                    .startsWith("401 ").doesNotContain(LiveService.EDITOR.user(), "nobody-here");
        }
        assertThat(StoreProbe.quadCount(SERVICE)).isEqualTo(quads);
        assertThat(StoreProbe.mentions(SERVICE, MARKER)).isFalse();
    }

    @Test
    void aReaderIsRefusedEveryWriteWith403() {
        long quads = StoreProbe.quadCount(SERVICE);
        for (Write write : WRITES) {
            HttpResponse<String> answer = send(write, LiveService.READER, null);
            assertThat(answer.statusCode()).as(write.toString()).isEqualTo(403);
            assertThat(answer.body()).startsWith("403 ").doesNotContain(LiveService.READER.user());
        }
        assertThat(StoreProbe.quadCount(SERVICE)).isEqualTo(quads);
    }

    @Test
    void anEditorIsLetThroughEveryWritePath() {
        for (Write write : WRITES) {
            int status = send(write, LiveService.EDITOR, null).statusCode();
            if (write.path().equals("/admin/edizioni")) { // no date: refused by the publisher, not by security
                assertThat(status).as(write.toString()).isNotIn(401, 403).isLessThan(500);
            } else {
                assertThat(status).as(write.toString()).isBetween(200, 299);
            }
        }
        send(WRITES.get(3), LiveService.EDITOR, null);
        assertThat(StoreProbe.mentions(SERVICE, MARKER)).isTrue();
        assertThat(send(WRITES.get(5), LiveService.EDITOR, null).statusCode()).isEqualTo(204);
        assertThat(StoreProbe.mentions(SERVICE, MARKER)).isFalse();
    }

    @Test
    void theAdministrationPageNeedsAReaderOrAnEditor() {
        Write page = new Write("GET", "/admin", null, null);
        assertThat(send(page, null, null).statusCode()).isEqualTo(401);
        assertThat(send(page, WRONG_PASSWORD, null).statusCode()).isEqualTo(401);
        assertThat(send(page, UNKNOWN_USER, null).statusCode()).isEqualTo(401);
        assertThat(send(page, LiveService.READER, null).statusCode()).isEqualTo(200);
        assertThat(send(page, LiveService.EDITOR, null).statusCode()).isEqualTo(200);
        Write graph = new Write("GET", "/admin/graph-store?graph=" + SCRATCH, null, null);
        assertThat(send(graph, null, null).statusCode()).isEqualTo(401);
        assertThat(send(graph, LiveService.READER, null).statusCode()).isIn(200, 404);
    }

    @Test
    void refusalsSpeakTheServicesErrorStyle() {
        Write update = WRITES.get(1);
        HttpResponse<String> page = send(update, null, "text/html");
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(HtmlPages.texts(HtmlPages.parse(page.body()), "//h1")).containsExactly("Autenticazione richiesta");
        HttpResponse<String> json = send(update, LiveService.READER, "application/json");
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.body()).contains("\"status\":403");
        RawHttp.Answer rejected = RawHttp.send(SERVICE.url(""), "GET", "/admin/./update",
                java.util.Map.of("Accept", "text/html"), null);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(HtmlPages.texts(HtmlPages.parse(rejected.body()), "//h1")).containsExactly("Richiesta non valida");
        assertThat(rejected.body()).doesNotContain("Tomcat", "Exception", "at org.");
    }

    @Test
    void publicPathsNeverWriteWhateverTheCredentials() {
        long quads = StoreProbe.quadCount(SERVICE);
        String catalogueGraph = "/graph/catalogo";
        List<Write> attempts = List.of(
                new Write("PUT", catalogueGraph, "text/turtle", MARKER_TURTLE),
                new Write("POST", catalogueGraph, "text/turtle", MARKER_TURTLE),
                new Write("DELETE", catalogueGraph, null, null),
                new Write("PUT", "/data/catalogo", "text/turtle", MARKER_TURTLE),
                new Write("DELETE", "/dump/organigramma-kg.nq.gz", null, null),
                new Write("PUT", "/dump/organigramma-kg.trig", "application/trig", MARKER_TURTLE),
                new Write("POST", "/sparql", "application/sparql-update", "INSERT DATA { " + MARKER_TURTLE + " }"),
                new Write("POST", "/sparql", "application/x-www-form-urlencoded", "update=" + URLEncoder.encode(
                        "INSERT DATA { " + MARKER_TURTLE + " }", StandardCharsets.UTF_8)));
        for (Write attempt : attempts) {
            for (Credentials who : java.util.Arrays.asList(null, LiveService.READER, LiveService.EDITOR)) {
                int status = send(attempt, who, null).statusCode();
                assertThat(status).as(attempt + " as " + who).isBetween(400, 499);
            }
        }
        assertThat(StoreProbe.quadCount(SERVICE)).isEqualTo(quads);
        assertThat(StoreProbe.mentions(SERVICE, MARKER)).isFalse();
    }

    @Test
    void aWriteFromAnotherSiteIsRefusedEvenWithAnEditorsCredentials() {
        Write insert = WRITES.get(1);
        assertThat(sendWith(insert, "Origin", "https://attacker.example").statusCode()).isEqualTo(403);
        assertThat(sendWith(insert, "Origin", "null").statusCode()).isEqualTo(403);
        assertThat(sendWith(insert, "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
        assertThat(StoreProbe.mentions(SERVICE, MARKER)).isFalse();
        assertThat(sendWith(insert, "Origin", SERVICE.url("")).statusCode()).isEqualTo(204);
        assertThat(StoreProbe.mentions(SERVICE, MARKER)).isTrue();
        assertThat(send(WRITES.get(5), LiveService.EDITOR, null).statusCode()).isEqualTo(204);
    }

    @Test
    void theSparqlEndpointStaysOpenToEveryOrigin() {
        HttpResponse<String> preflight = SERVICE.send(HttpRequest.newBuilder(URI.create(SERVICE.url("/sparql")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://other.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        HttpResponse<String> query = SERVICE.send(HttpRequest.newBuilder(URI.create(SERVICE.url("/sparql")))
                .header("Origin", "https://other.example").header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .header("Authorization", WRONG_PASSWORD.basic()) // ignored on public paths
                .POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build());
        assertThat(query.statusCode()).isEqualTo(200);
        assertThat(query.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }

    private static HttpResponse<String> sendWith(Write write, String header, String value) {
        HttpRequest.Builder request = request(write, LiveService.EDITOR, null).header(header, value);
        return SERVICE.send(request.build());
    }

    static HttpResponse<String> send(Write write, Credentials who, String accept) {
        return SERVICE.send(request(write, who, accept).build());
    }

    private static HttpRequest.Builder request(Write write, Credentials who, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SERVICE.url(write.path())))
                .method(write.method(), write.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(write.body()));
        if (write.contentType() != null) {
            request.header("Content-Type", write.contentType());
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return who == null ? request : LiveService.signedIn(request, who);
    }
}
