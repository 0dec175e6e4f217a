package it.cciaa.organigramma.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * On the running service: pages, API answers and error answers are in Italian and say so ({@code Content-Language:
 * it}); an error whose English text exists is sent in English to a client that asks for it, and says so.
 */
class LanguageHttpIT {
    private final LiveService service = LiveService.get();

    private HttpResponse<String> get(String path, String accept, String acceptLanguage) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url(path)))
                .timeout(Duration.ofSeconds(60)).header("Accept", accept).GET();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return service.send(request.build());
    }

    private static String language(HttpResponse<String> answer) {
        return answer.headers().firstValue("Content-Language").orElse("(none)");
    }

    @Test
    void pagesAreItalianAndSaySoWhateverTheClientPrefers() {
        for (String path : new String[] {"/", "/organigramma?ente=cciaa-di-foggia", "/processi?ente=cciaa-di-foggia",
                "/enti", "/cerca?q=tributi"}) {
            for (String preferred : new String[] {null, "en-US,en;q=0.9"}) {
                HttpResponse<String> page = get(path, "text/html", preferred);
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                assertThat(language(page)).as(path + " " + preferred).isEqualTo("it");
                assertThat(page.body()).as(path).contains("<html lang=\"it\"");
            }
        }
    }

    @Test
    void apiAnswersAreMarkedItalian() {
        for (String path : new String[] {"/api/queries", "/api/search?q=tributi", "/v3/api-docs"}) {
            HttpResponse<String> answer = get(path, "application/json", null);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(language(answer)).as(path).isEqualTo("it");
        }
    }

    @Test
    void anErrorPageIsItalianByDefaultAndEnglishWhenAskedFor() {
        HttpResponse<String> italian = get("/non-esiste", "text/html", null);
        assertThat(italian.statusCode()).isEqualTo(404);
        assertThat(language(italian)).isEqualTo("it");
        assertThat(italian.body()).contains("<html lang=\"it\"", "Nessuna pagina a questo indirizzo", "Codice HTTP 404")
                .doesNotContain("No page at this address");

        HttpResponse<String> english = get("/non-esiste", "text/html", "en-GB,en;q=0.9,it;q=0.3");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(language(english)).isEqualTo("en");
        assertThat(english.body()).contains("<html lang=\"en\"", "No page at this address", "HTTP status 404")
                .doesNotContain("Nessuna pagina a questo indirizzo");
    }

    @Test
    void problemJsonAndTextErrorsFollowAcceptLanguage() {
        HttpResponse<String> italian = get("/risorsa", "application/json", null);
        assertThat(italian.statusCode()).isEqualTo(400);
        assertThat(language(italian)).isEqualTo("it");
        assertThat(italian.body()).contains("Parametro iri mancante o non valido").doesNotContain("missing or invalid");

        HttpResponse<String> english = get("/risorsa", "application/json", "en");
        assertThat(language(english)).isEqualTo("en");
        assertThat(english.body()).contains("missing or invalid iri parameter").doesNotContain("Parametro iri");

        HttpResponse<String> text = get("/api/queries/nessuna-query", "text/plain", "en");
        assertThat(text.statusCode()).isEqualTo(404);
        assertThat(language(text)).isEqualTo("en");
        assertThat(text.body()).startsWith("404 no query named");
    }

    @Test
    void springsOwnRefusalsAreTranslated() {
        HttpResponse<String> italian = get("/api/search", "application/json", null);
        assertThat(italian.statusCode()).isEqualTo(400);
        assertThat(language(italian)).isEqualTo("it");
        HttpResponse<String> notAcceptable = get("/api/queries", "image/png", null);
        assertThat(notAcceptable.statusCode()).isEqualTo(406);
        assertThat(language(notAcceptable)).isEqualTo("it");
        assertThat(notAcceptable.body()).doesNotContain("Acceptable representations", "No acceptable");
    }

    @Test
    void theSecurityLayersRefusalsFollowAcceptLanguage() {
        HttpResponse<String> italian = get("/actuator/prometheus", "text/plain", null);
        assertThat(italian.statusCode()).isEqualTo(401);
        assertThat(language(italian)).isEqualTo("it");
        assertThat(italian.body()).isEqualTo("401 Autenticazione richiesta: credenziali mancanti o non valide.\n");

        HttpResponse<String> english = get("/actuator/prometheus", "text/html", "en");
        assertThat(english.statusCode()).isEqualTo(401);
        assertThat(language(english)).isEqualTo("en");
        assertThat(english.body()).contains("<html lang=\"en\"", "Authentication required: missing or invalid")
                .doesNotContain("credenziali");
    }
}
