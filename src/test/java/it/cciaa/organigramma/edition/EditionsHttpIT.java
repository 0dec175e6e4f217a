package it.cciaa.organigramma.edition;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.web.HtmlPages;
import it.cciaa.organigramma.web.LiveService;
import it.cciaa.organigramma.web.PageAnswers;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Editions through the running service, which holds one edition (2025-01-01): the history page and ?edizione=. */
class EditionsHttpIT {
    private static final String KEY = "2025-01-01";
    /** The edition's identifier across chambers. */
    private static final String ID = "cciaa-di-foggia/" + KEY;
    private static final String UNIT = "/data/organization/support-unit/cciaa-di-foggia/ufficio-4-1";
    private static final String PROCESS = "/controlled-vocabulary/mappa-processi/2024/C1.1.1.2";
    private static final List<String> PAGES = List.of("/organigramma", UNIT, PROCESS, "/processi", "/norme", "/");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final LiveService service = LiveService.get();
    private final String dataset = service.iri("/data/dataset/organigramma/cciaa-di-foggia/" + KEY);
    private final String graph = service.iri("/graph/organigramma/cciaa-di-foggia/" + KEY);

    @Test
    void theHistoryPageListsTheEditionInForceWithItsLinks() {
        Document page = PageAnswers.page(service, "/edizioni");
        assertThat(HtmlPages.texts(page, "//h1")).containsExactly("Edizioni dell'organigramma");
        assertThat(HtmlPages.texts(page, "//table[@class='editions']/tbody/tr")).hasSize(1);
        String row = "//tr[@id='edizione-cciaa-di-foggia-" + KEY + "']";
        assertThat(HtmlPages.texts(page, row + "/th/a")).containsExactly("Edizione del 1° gennaio 2025 – CCIAA di Foggia");
        assertThat(HtmlPages.texts(page, row + "/th/a/@href")).containsExactly("/organigramma?edizione=" + ID);
        assertThat(HtmlPages.texts(page, row + "/td[2]")).singleElement().asString()
                .contains("dal 1° gennaio 2025").contains("in vigore");
        assertThat(HtmlPages.texts(page, row + "/td[3]")).singleElement().asString()
                .contains("allegato-c-cciaa-foggia.txt").contains("SHA-256");
        assertThat(HtmlPages.texts(page, row + "/td[4]/a/@href"))
                .containsExactly("/controlled-vocabulary/mappa-processi/2024");
        assertThat(HtmlPages.texts(page, row + "/td[5]")).singleElement().asString()
                .matches("rapporto di validazione|—");
        assertThat(HtmlPages.texts(page, row + "/td[6]")).containsExactly("—");
        assertThat(HtmlPages.texts(page, row + "/td[7]/a/@href")).containsExactly(
                "/data/dataset/organigramma/cciaa-di-foggia/" + KEY, "/graph/organigramma/cciaa-di-foggia/" + KEY,
                "/trasparenza/articolazione-uffici?edizione=" + ID);
        assertThat(HtmlPages.texts(page, "//header//nav//a[@href='/edizioni']")).containsExactly("Edizioni");
    }

    @Test
    void theHistoryPageLeadsToTheDryRunAndSaysWhatItIsFor() {
        Document page = PageAnswers.page(service, "/edizioni");
        assertThat(HtmlPages.texts(page, "//main//p[a[@href='/edizioni/verifica']]")).singleElement().asString()
                .contains("Prima di pubblicare una nuova edizione", "verificare l'Allegato C", "senza scrivere nulla");
        assertThat(service.get("/edizioni/verifica", "text/html").statusCode()).isEqualTo(200);
        for (String link : HtmlPages.texts(page, "//tr[@id='edizione-cciaa-di-foggia-" + KEY + "']/td[7]/a/@href")) {
            assertThat(service.get(link, "text/html").statusCode()).as(link).isEqualTo(200);
        }
    }

    @Test
    void theHistoryAsJsonByAcceptAndByFormat() {
        for (JsonNode history : List.of(PageAnswers.json(service, "/edizioni", "application/json"),
                PageAnswers.json(service, "/edizioni?format=json", "text/html"))) {
            assertThat(history.get("current").asString()).isEqualTo(ID);
            assertThat(history.get("editions")).hasSize(1);
            JsonNode entry = history.get("editions").get(0);
            assertThat(entry.get("current").asBoolean()).isTrue();
            assertThat(entry.get("browse").asString()).isEqualTo("/organigramma?edizione=" + ID);
            assertThat(entry.get("edition").get("dataset").asString()).isEqualTo(dataset);
            assertThat(entry.get("edition").get("graph").asString()).isEqualTo(graph);
            assertThat(entry.get("edition").get("validFrom").asString()).isEqualTo(KEY);
            assertThat(entry.get("edition").get("checksum").asString()).hasSize(64);
        }
        assertThat(service.get("/edizioni", "text/turtle").statusCode()).isEqualTo(303);
        assertThat(service.get("/edizioni", "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void namingTheCurrentEditionAnswersWhatTheDefaultAnswers() {
        for (String path : PAGES) {
            JsonNode asDefault = PageAnswers.json(service, path, "application/json");
            JsonNode named = PageAnswers.json(service, path + (path.contains("?") ? "&" : "?") + "edizione=" + KEY,
                    "application/json");
            assertThat(named).as(path).isEqualTo(asDefault);
            assertThat(named.get("edition").get("key").asString()).as(path).isEqualTo(KEY);
            assertThat(named.get("edition").get("iri").asString()).as(path).isEqualTo(dataset);
            Document page = PageAnswers.page(service, path + "?edizione=" + KEY);
            assertThat(HtmlPages.texts(page, "//main//h1")).as(path)
                    .isEqualTo(HtmlPages.texts(PageAnswers.page(service, path), "//main//h1"));
            assertThat(HtmlPages.texts(page, "//*[@class='edition-banner']")).as(path + ": the current edition").isEmpty();
        }
        HttpResponse<String> turtle = service.get(UNIT + "?edizione=" + KEY, "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.body()).isEqualTo(service.get(UNIT, "text/turtle").body());
    }

    @Test
    void aPageInANamedEditionKeepsTheEditionOnItsLinks() {
        Document tree = PageAnswers.page(service, "/organigramma?edizione=" + KEY);
        List<String> unitLinks = HtmlPages.texts(tree, "//nav[@class='tree']//a/@href");
        assertThat(unitLinks).hasSize(27).allMatch(link -> link.endsWith("?edizione=" + KEY));
        assertThat(HtmlPages.texts(tree, "//header//a[text()='Mappa dei processi']/@href"))
                .containsExactly("/processi?edizione=" + KEY);
        assertThat(HtmlPages.texts(tree, "//header//a[text()='SPARQL']/@href")).containsExactly("/sparql");
        Document unit = PageAnswers.page(service, UNIT + "?edizione=" + KEY);
        assertThat(HtmlPages.texts(unit, "//main//a[contains(@href, '/controlled-vocabulary/')]/@href"))
                .isNotEmpty().allMatch(link -> link.contains("edizione=" + KEY));
    }

    @Test
    void anUnknownEditionIs404AndAMalformedOne400OnEveryPage() {
        for (String path : PAGES) {
            for (String accept : List.of("text/html", "application/json")) {
                HttpResponse<String> unknown = service.get(path + "?edizione=1999-12-31", accept);
                assertThat(unknown.statusCode()).as(path + " " + accept).isEqualTo(404);
                assertThat(unknown.body()).as(path).contains("1999-12-31");
                HttpResponse<String> malformed = service.get(path + "?edizione=31-12-1999", accept);
                assertThat(malformed.statusCode()).as(path + " " + accept).isEqualTo(400);
                assertThat(malformed.body()).as(path).contains("31-12-1999").doesNotContain("Exception");
            }
        }
        assertThat(service.get(UNIT + "?edizione=2025-02-30", "text/turtle").statusCode()).isEqualTo(400);
    }

    @Test
    void theQueryApiReadsTheCurrentEditionUnlessToldAnother() {
        JsonNode units = JSON.readTree(service.get("/api/queries/organigram/units", "application/json").body());
        assertThat(units).hasSize(27);
        assertThat(JSON.readTree(service.get("/api/queries/organigram/units?edition=" + KEY, "application/json")
                .body())).isEqualTo(units);
        assertThat(JSON.readTree(service.get("/api/queries/organigram/units?edition=" + graph, "application/json")
                .body())).isEqualTo(units);
        assertThat(service.get("/api/queries/organigram/units?edition=1999-12-31", "application/json").statusCode())
                .isEqualTo(404);
        String openApi = service.get("/v3/api-docs", "application/json").body();
        assertThat(openApi).contains("l'edizione corrente");
    }
}
