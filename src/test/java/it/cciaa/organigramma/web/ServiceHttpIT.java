package it.cciaa.organigramma.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Operations: health, metrics, and errors that say what is wrong without saying anything internal. */
class ServiceHttpIT {
    private final LiveService service = LiveService.get();

    @Test
    void reportsHealthToEveryoneAndPrometheusMetricsToAReader() {
        HttpResponse<String> health = service.get("/actuator/health", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("\"components\"");
        HttpResponse<String> metrics = signedIn("/actuator/prometheus", "text/plain", LiveService.READER);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests");
        assertThat(signedIn("/actuator/metrics/jvm.memory.used", "application/json", LiveService.EDITOR).statusCode())
                .isEqualTo(200);
    }

    @Test
    void everyOperationsEndpointButHealthNeedsAUser() {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/jvm.memory.used",
                "/actuator/info", "/actuator", "/actuator/env", "/actuator/health/../prometheus"}) {
            HttpResponse<String> anonymous = service.get(path, "text/plain");
            assertThat(anonymous.statusCode()).as(path).isIn(400, 401);
            assertThat(anonymous.body()).as(path).doesNotContain("jvm_", "http_server_requests");
        }
        HttpResponse<String> refused = service.get("/actuator/prometheus", "text/plain");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Organigramma KG\"");
        assertThat(refused.body()).startsWith("401 Autenticazione richiesta").doesNotContain("Authentication required");
        assertThat(service.get("/actuator/metrics", "application/json").headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        HttpResponse<String> wrongPassword = service.send(LiveService.signedIn(HttpRequest.newBuilder(
                URI.create(service.url("/actuator/prometheus"))), new LiveService.Credentials(
                LiveService.READER.user(), "not-the-password")).build());
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(service.send(HttpRequest.newBuilder(URI.create(service.url("/actuator/health")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> signedIn(String path, String accept, LiveService.Credentials who) {
        return service.send(LiveService.signedIn(HttpRequest.newBuilder(URI.create(service.url(path))), who)
                .header("Accept", accept).build());
    }

    @Test
    void neverShowsAStackTrace() {
        for (String path : new String[] {"/data/a%20b", "/controlled-vocabulary/mappa-processi/2024/%00", "/api/queries/organigram/units?format=", "/dump/x",
                "/risorsa?iri=::", "/non-esiste"}) {
            for (String accept : new String[] {"text/html", "application/json", null}) {
                HttpResponse<String> answer = service.get(path, accept);
                assertThat(answer.statusCode()).as(path + " " + accept).isBetween(400, 499);
                assertThat(answer.body()).as(path).doesNotContain("Exception").doesNotContain("\tat ")
                        .doesNotContain("org.springframework").doesNotContain("org.apache");
            }
        }
    }
}
