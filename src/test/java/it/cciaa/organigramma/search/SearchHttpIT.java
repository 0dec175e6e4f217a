package it.cciaa.organigramma.search;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.web.HtmlPages;
import it.cciaa.organigramma.web.LiveService;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Search end to end: the running service, its store loaded with Foggia, spoken to over HTTP. */
class SearchHttpIT {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final LiveService service = LiveService.get();
    private final String units = service.iri("/data/organization/support-unit/cciaa-di-foggia/");
    private final String map = service.iri("/controlled-vocabulary/mappa-processi/2024/");

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) {
        return service.get(path, null);
    }

    private Document page(String path) {
        HttpResponse<String> answer = service.get(path, "text/html");
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        return HtmlPages.parse(answer.body());
    }

    private JsonNode json(String path) {
        HttpResponse<String> answer = service.get(path, "application/json");
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
        return JSON.readTree(answer.body());
    }

    @Test
    void theSearchPageFindsTheTaxOfficeFirstForTributi() {
        Document results = page("/cerca?q=tributi");
        assertThat(HtmlPages.texts(results, "//h1")).containsExactly("Cerca");
        assertThat(HtmlPages.texts(results, "//html/@lang")).containsExactly("it");
        assertThat(HtmlPages.texts(results, "//ol[@class='search-results']/li[1]//h3/a")).containsExactly("TRIBUTI");
        assertThat(HtmlPages.texts(results, "//ol[@class='search-results']/li[1]//h3/a/@href"))
                .containsExactly("/data/organization/support-unit/cciaa-di-foggia/ufficio-2-2");
        assertThat(HtmlPages.texts(results, "//ol[@class='search-results']/li[1]//span[@class='badge']"))
                .containsExactly("Unità organizzativa");
        assertThat(HtmlPages.texts(results, "//ol[@class='search-results']/li[1]//span[@class='code']"))
                .containsExactly("2.2");
        assertThat(HtmlPages.texts(results, "//ol[@class='search-results']/li[1]//span[@class='chamber']"))
                .containsExactly("CCIAA di FOGGIA");
        assertThat(HtmlPages.texts(results, "//select[@name='ente']")).as("one chamber: no chamber filter").isEmpty();
        assertThat(HtmlPages.texts(results, "//h2[@id='results-heading']").getFirst()).matches("\\d+ risultat[oi] per «tributi»");
        assertThat(HtmlPages.texts(results, "//input[@id='search-text']/@value")).containsExactly("tributi");
        assertThat(HtmlPages.texts(results, "//script/@src")).contains("/js/suggest.js");
    }

    @Test
    void aCodeFindsItsConceptFirst() {
        Document results = page("/cerca?q=C2.7.5");
        assertThat(HtmlPages.texts(results, "//ol[@class='search-results']/li[1]//h3/a/@href"))
                .containsExactly("/controlled-vocabulary/mappa-processi/2024/C2.7.5");
        JsonNode api = json("/api/search?q=A1.1.1.3");
        assertThat(api.get("hits").get(0).get("iri").asString()).isEqualTo(map + "A1.1.1.3");
        assertThat(json("/api/search?q=2.1").get("hits").get(0).get("iri").asString()).isEqualTo(units + "ufficio-2-1");
    }

    @Test
    void lawsLinkToTheLawPage() {
        Document results = page("/cerca?q=GDPR&tipo=norma");
        String href = HtmlPages.texts(results, "//ol[@class='search-results']/li[1]//h3/a/@href").getFirst();
        assertThat(href).startsWith("/norme/atto?iri=");
        assertThat(URLDecoder.decode(href.substring("/norme/atto?iri=".length()), StandardCharsets.UTF_8))
                .isEqualTo("http://data.europa.eu/eli/reg/2016/679/oj");
        assertThat(HtmlPages.texts(results, "//select[@name='tipo']/option[@selected]/@value")).containsExactly("norma");
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertThat(json("/api/search?q=" + encoded("CONTABILITA'")).get("hits"))
                .isEqualTo(json("/api/search?q=" + encoded("contabilità")).get("hits"));
        assertThat(json("/api/search?q=attivita").get("total").asLong()).isPositive();
    }

    @Test
    void anEmptyQueryShowsTheFormOnly() {
        Document form = page("/cerca");
        assertThat(HtmlPages.texts(form, "//form[@class='search-page']//input[@name='q']/@value")).containsExactly("");
        assertThat(HtmlPages.texts(form, "//ol[@class='search-results']")).isEmpty();
        assertThat(HtmlPages.texts(form, "//h2")).isEmpty();
    }

    @Test
    void aSearchWithoutResultsSaysSo() {
        Document nothing = page("/cerca?q=unicorno");
        assertThat(HtmlPages.texts(nothing, "//h2[@id='results-heading']")).containsExactly("0 risultati per «unicorno»");
        assertThat(HtmlPages.texts(nothing, "//div[@class='no-results']/p").getFirst()).startsWith("Nessun risultato");
    }

    @Test
    void kindFiltersAndPagesAreLinks() {
        Document results = page("/cerca?q=imprese");
        List<String> filters = HtmlPages.texts(results, "//nav[@class='kind-filter']//a/@href");
        assertThat(filters).contains("/cerca?q=imprese&tipo=processo");
        assertThat(HtmlPages.texts(results, "//nav[@class='pages']//a[@rel='next']/@href"))
                .containsExactly("/cerca?q=imprese&pagina=2");
        Document second = page("/cerca?q=imprese&tipo=attivita&pagina=2");
        assertThat(HtmlPages.texts(second, "//ol[@class='search-results']/@start")).containsExactly("21");
        assertThat(HtmlPages.texts(second, "//ol[@class='search-results']//span[@class='badge']")).containsOnly("Attività");
    }

    @Test
    void theJsonSearchHasItsDocumentedShape() {
        HttpResponse<String> answer = service.send(HttpRequest.newBuilder(URI.create(service.url(
                "/api/search?q=registro+imprese&kind=unit&limit=5"))).header("Origin", "https://example.org").GET()
                .build());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        JsonNode results = JSON.readTree(answer.body());
        assertThat(results.propertyNames()).containsExactly("query", "kind", "chamber", "total", "offset", "limit", "hits",
                "counts");
        assertThat(results.get("query").asString()).isEqualTo("registro imprese");
        assertThat(results.get("kind").asString()).isEqualTo("unit");
        assertThat(results.get("limit").asInt()).isEqualTo(5);
        JsonNode first = results.get("hits").get(0);
        assertThat(first.propertyNames()).containsExactly("iri", "kind", "label", "notation", "category", "chamber",
                "score", "snippet", "highlights");
        assertThat(first.get("iri").asString()).isEqualTo(units + "ufficio-4-1");
        assertThat(first.get("label").asString()).isEqualTo("REGISTRO IMPRESE");
        assertThat(first.get("kind").asString()).isEqualTo("unit");
        assertThat(first.get("chamber").propertyNames()).containsExactly("ente", "name");
        assertThat(first.get("chamber").get("ente").asString()).isEqualTo("cciaa-di-foggia");
        assertThat(first.get("chamber").get("name").asString()).isEqualTo("CCIAA di FOGGIA");
        assertThat(results.get("chamber").isNull()).isTrue();
        assertThat(results.get("counts").get(0).propertyNames()).containsExactly("kind", "count");
        JsonNode process = json("/api/search?q=C2.7.5").get("hits").get(0);
        assertThat(process.get("kind").asString()).isEqualTo("process");
        assertThat(process.get("chamber").isNull()).as("shared by every chamber").isTrue();
    }

    @Test
    void theChamberFilterKeepsItsUnitsAndWhatEveryChamberShares() {
        JsonNode everywhere = json("/api/search?q=imprese");
        JsonNode inFoggia = json("/api/search?q=imprese&ente=cciaa-di-foggia");
        assertThat(inFoggia.get("chamber").get("ente").asString()).isEqualTo("cciaa-di-foggia");
        assertThat(inFoggia.get("chamber").get("name").asString()).isEqualTo("CCIAA di FOGGIA");
        assertThat(inFoggia.get("total")).isEqualTo(everywhere.get("total"));
        assertThat(inFoggia.get("hits")).isEqualTo(everywhere.get("hits"));
        assertThat(json("/api/suggest?q=regis&ente=cciaa-di-foggia").get(0).get("chamber").get("ente").asString())
                .isEqualTo("cciaa-di-foggia");
        HttpResponse<String> unknown = get("/api/search?q=imprese&ente=cciaa-di-nessuno");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).get("detail").asString()).contains("«cciaa-di-nessuno»", "cciaa-di-foggia");
        Document page = page("/cerca?q=imprese&ente=cciaa-di-foggia");
        assertThat(HtmlPages.texts(page, "//nav[@class='pages']//a[@rel='next']/@href"))
                .containsExactly("/cerca?q=imprese&ente=cciaa-di-foggia&pagina=2");
    }

    @Test
    void completionOffersRegistroImpreseForRegis() {
        HttpResponse<String> answer = service.send(HttpRequest.newBuilder(URI.create(service.url(
                "/api/suggest?q=regis&limit=5"))).header("Origin", "https://example.org").GET().build());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        JsonNode suggestions = JSON.readTree(answer.body());
        assertThat(suggestions.isArray()).isTrue();
        assertThat(suggestions.size()).isEqualTo(5);
        assertThat(suggestions.get(0).propertyNames()).containsExactly("label", "iri", "kind", "notation", "chamber");
        assertThat(suggestions.get(0).get("label").asString()).isEqualTo("REGISTRO IMPRESE");
        for (JsonNode suggestion : suggestions) {
            assertThat(suggestion.get("label").asString().toLowerCase()).contains("regis");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/search", "/api/search?q=", "/api/search?q=%20%20", "/api/search?q=x&limit=0",
            "/api/search?q=x&limit=101", "/api/search?q=x&limit=dieci", "/api/search?q=x&offset=-1",
            "/api/search?q=x&kind=ufficio", "/api/search?q=x&ente=Foggia", "/api/search?q=x&ente=cciaa-di-nessuno",
            "/api/suggest", "/api/suggest?q=regis&limit=51", "/api/suggest?q=regis&limit=x",
            "/api/suggest?q=regis&ente=cciaa%20di%20foggia", "/api/suggest?q=regis&ente=cciaa-di-nessuno"})
    void badApiParametersAnswer400WithAMessage(String path) {
        HttpResponse<String> answer = get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at it.cciaa");
    }

    @Test
    void tooLongAQueryAnswers400() {
        String longText = "a".repeat(201);
        assertThat(get("/api/search?q=" + longText).statusCode()).isEqualTo(400);
        assertThat(get("/api/suggest?q=" + longText).statusCode()).isEqualTo(400);
        HttpResponse<String> page = service.get("/cerca?q=" + longText, "text/html");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(HtmlPages.texts(HtmlPages.parse(page.body()), "//p[@role='alert']").getFirst()).contains("200");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/cerca?q=x&tipo=ufficio", "/cerca?q=x&pagina=0", "/cerca?q=x&pagina=due",
            "/cerca?q=x&pagina=99999", "/cerca?q=x&ente=Foggia", "/cerca?q=x&ente=cciaa-di-nessuno"})
    void badPageParametersAnswer400WithTheFormAndAMessage(String path) {
        HttpResponse<String> answer = service.get(path, "text/html");
        assertThat(answer.statusCode()).as(path).isEqualTo(400);
        Document page = HtmlPages.parse(answer.body());
        assertThat(HtmlPages.texts(page, "//p[@role='alert']")).hasSize(1);
        assertThat(HtmlPages.texts(page, "//form[@class='search-page']")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A1.1*", "(", ")", "\"", "\"tributi", "*", "?", "\\", "[a TO z]", "label:tributi", "~",
            "+-!&&||", "{}", "^", "/", "'", "<script>alert(1)</script>", "%", "&", "#", "di per e", "….", "2."})
    void specialCharactersAreSearchedAsText(String text) {
        String q = encoded(text);
        Document results = page("/cerca?q=" + q);
        assertThat(HtmlPages.texts(results, "//input[@id='search-text']/@value")).containsExactly(text.strip());
        assertThat(json("/api/search?q=" + q).get("query").asString()).isEqualTo(text.strip());
        assertThat(json("/api/suggest?q=" + q).isArray()).isTrue();
    }

    @Test
    void anUnchangedIndexAnswers304ToAConditionalGet() {
        HttpResponse<String> first = get("/api/search?q=tributi");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = service.send(HttpRequest.newBuilder(URI.create(service.url("/api/search?q=tributi")))
                .header("If-None-Match", etag).timeout(Duration.ofSeconds(30)).GET().build());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void concurrentSearchesAllAnswer() throws Exception {
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (String q : List.of("tributi", "registro", "C2.7", "ambiente", "protesti", "2.1", "diritto annuale", "suap")) {
            answers.add(service.client().sendAsync(HttpRequest.newBuilder(URI.create(service.url("/api/search?q="
                    + encoded(q)))).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (var answer : answers) {
            assertThat(answer.get().statusCode()).isEqualTo(200);
        }
    }
}
