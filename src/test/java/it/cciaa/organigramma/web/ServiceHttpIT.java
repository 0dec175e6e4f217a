package it.cciaa.organigramma.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Operations: health, metrics, and errors that say what is wrong without saying anything internal. */
class ServiceHttpIT {
    private final LiveService service = LiveService.get();

    @Test
    void reportsHealthAndPrometheusMetrics() {
        HttpResponse<String> health = service.get("/actuator/health", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        HttpResponse<String> metrics = service.get("/actuator/prometheus", "text/plain");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests");
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
