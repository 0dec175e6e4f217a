package it.cciaa.organigramma.security;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.web.LiveService;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** What the store holds, read through the public SPARQL endpoint: to prove that a refused request wrote nothing. */
final class StoreProbe {
    private StoreProbe() {}

    /** Every quad of the store: default graph and named graphs. */
    static long quadCount(LiveService service) {
        String csv = query(service, "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }",
                "text/csv");
        return Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().strip());
    }

    /** Whether the subject occurs in any graph. */
    static boolean mentions(LiveService service, String subject) {
        String json = query(service, "ASK { { <" + subject + "> ?p ?o } UNION { GRAPH ?g { <" + subject + "> ?p ?o } } }",
                "application/sparql-results+json");
        return json.replaceAll("\\s", "").contains("\"boolean\":true");
    }

    private static String query(LiveService service, String query, String accept) {
        HttpResponse<String> answer = service.send(HttpRequest.newBuilder(URI.create(service.url("/sparql")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build());
        assertThat(answer.statusCode()).as(query).isEqualTo(200);
        return answer.body();
    }
}
