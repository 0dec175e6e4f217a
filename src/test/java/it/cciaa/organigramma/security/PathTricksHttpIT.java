package it.cciaa.organigramma.security;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.web.LiveService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every write path spelt in the ways that have let requests past path-based rules elsewhere ({@code /./},
 * {@code %2e}, {@code ;} parameters, double slashes, {@code ..}, an encoded slash, another case, a trailing slash, an
 * encoded letter, a backslash): without credentials, or with a reader's, each is refused (4xx, never 2xx nor 5xx)
 * and the store is unchanged: no marker triple, same number of quads.
 */
class PathTricksHttpIT {
    private static final LiveService SERVICE = LiveService.get();
    private static final String MARKER = "https://example.org/test/path-trick-marker";
    private static final String TRIPLE = "<" + MARKER + "> <https://example.org/test/p> \"trick\" .";
    private static final String GRAPH = "https://example.org/test/path-tricks";

    /** The ways of writing {@code /admin/<rest>}. */
    private static final List<UnaryOperator<String>> TRICKS = List.of(
            rest -> "/admin/./" + rest,
            rest -> "/admin/%2e/" + rest,
            rest -> "/admin/%2E/" + rest,
            rest -> "/%2e/admin/" + rest,
            rest -> "/./admin/" + rest,
            rest -> "/admin;x=1/" + rest,
            rest -> "/admin/" + rest + ";jsessionid=1",
            rest -> "/admin/" + rest + "%3bx",
            rest -> "/admin//" + rest,
            rest -> "//admin/" + rest,
            rest -> "/sparql/../admin/" + rest,
            rest -> "/admin/%2e%2e/admin/" + rest,
            rest -> "/admin%2f" + rest,
            rest -> "/admin%2F" + rest,
            rest -> "/admin\\" + rest,
            rest -> "/ADMIN/" + rest,
            rest -> "/Admin/" + rest,
            rest -> "/admin/" + rest + "/",
            rest -> "/%61dmin/" + rest,
            rest -> "/admin/" + rest + "%00");

    /** A write path: method, the part after {@code /admin/}, the query, the content type and a body that writes. */
    record Target(String method, String rest, String query, String contentType, String body) {}

    private static final List<Target> TARGETS = List.of(
            new Target("POST", "update", "", "application/sparql-update",
                    "INSERT DATA { GRAPH <" + GRAPH + "> { " + TRIPLE + " } }"),
            new Target("PUT", "graph-store", "?graph=" + GRAPH, "text/turtle", TRIPLE),
            new Target("POST", "graph-store", "?graph=" + GRAPH, "text/turtle", TRIPLE),
            new Target("DELETE", "graph-store", "?graph=" + SERVICE.iri("/graph/catalogo"), null, null),
            // A document the service would publish (201) if the request reached it: so only a refusal passes.
            new Target("POST", "edizioni", "?data=2031-01-01", "text/plain; charset=UTF-8", publishableDocument()));

    /** The Foggia Allegato C with one office renamed: a new, valid edition. */
    private static String publishableDocument() {
        String foggia = new String(it.cciaa.organigramma.project.ProjectResources.bytes(
                it.cciaa.organigramma.project.ProjectResources.FOGGIA_DOCUMENT), java.nio.charset.StandardCharsets.UTF_8);
        return foggia.replace("SEGRETERIA E AFFARI GENERALI", "SEGRETERIA GENERALE");
    }

    @Test
    void noSpellingOfAWritePathWritesWithoutAnEditor() {
        long quads = StoreProbe.quadCount(SERVICE);
        List<String> failures = new ArrayList<>();
        for (Target target : TARGETS) {
            for (UnaryOperator<String> trick : TRICKS) {
                String path = trick.apply(target.rest()) + target.query();
                for (String authorization : new String[] {null, LiveService.READER.basic()}) {
                    Map<String, String> headers = new LinkedHashMap<>();
                    if (target.contentType() != null) {
                        headers.put("Content-Type", target.contentType());
                    }
                    if (authorization != null) {
                        headers.put("Authorization", authorization);
                    }
                    RawHttp.Answer answer = RawHttp.send(SERVICE.url(""), target.method(), path, headers,
                            target.body() == null ? "" : target.body());
                    if (!java.util.Set.of(400, 401, 403, 404, 405).contains(answer.status())) {
                        failures.add(target.method() + " " + path + (authorization == null ? "" : " (reader)")
                                + " answered " + answer.status());
                    }
                    assertThat(answer.body()).as(path).doesNotContain("Exception", "Apache Tomcat");
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(StoreProbe.mentions(SERVICE, MARKER)).isFalse();
        assertThat(StoreProbe.quadCount(SERVICE)).isEqualTo(quads);
    }

    @Test
    void theRealPathsAreRefusedTooSoTheTricksAreNotRefusedByAccident() {
        for (Target target : TARGETS) {
            Map<String, String> headers = target.contentType() == null ? Map.of()
                    : Map.of("Content-Type", target.contentType());
            RawHttp.Answer answer = RawHttp.send(SERVICE.url(""), target.method(),
                    "/admin/" + target.rest() + target.query(), headers, target.body() == null ? "" : target.body());
            assertThat(answer.status()).as(target.toString()).isEqualTo(401);
        }
    }
}
