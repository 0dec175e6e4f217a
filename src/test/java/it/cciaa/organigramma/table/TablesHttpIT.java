package it.cciaa.organigramma.table;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.web.HtmlPages;
import it.cciaa.organigramma.web.LiveService;
import it.cciaa.organigramma.web.PageAnswers;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every page that shows a table gives it as CSV through the running service: for {@code Accept: text/csv} and for
 * {@code ?format=csv}, RFC 4180 in UTF-8 with an Italian header record, downloaded under a file name, and linked from
 * the page ("Scarica CSV"). Driven by one list of routes.
 */
class TablesHttpIT {
    private static final String GDPR = URLEncoder.encode("http://data.europa.eu/eli/reg/2016/679/oj",
            StandardCharsets.UTF_8);
    /** Every route whose page shows a table. */
    private static final List<String> TABULAR = List.of(
            "/organigramma",
            "/data/organization/public-organization/cciaa-di-foggia",
            "/data/organization/support-unit/cciaa-di-foggia/ufficio-4-1",
            "/controlled-vocabulary/mappa-processi/2024/C1.1",
            "/controlled-vocabulary/mappa-processi/2024/C1.1.1.1",
            "/norme",
            "/norme/atto?iri=" + GDPR,
            "/cerca?q=tributi",
            "/edizioni",
            "/edizioni?ente=cciaa-di-foggia",
            "/enti",
            "/enti/attivita?codice=C1.1.1.1",
            "/enti/copertura",
            "/enti/non-assegnate?ente=cciaa-di-foggia",
            "/enti/confronto?a=cciaa-di-foggia&b=cciaa-di-foggia");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LiveService service = LiveService.get();

    /** A CSV answer: 200, text/csv in UTF-8, Vary: Accept, a file name; its records, each as wide as the header. */
    private List<List<String>> csv(String path, String accept) {
        HttpResponse<String> answer = service.get(path, accept);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
        assertThat(answer.headers().allValues("Vary")).as(path).contains("Accept");
        assertThat(answer.headers().firstValue("Content-Disposition")).as(path).hasValueSatisfying(disposition ->
                assertThat(disposition).matches("attachment; filename=\"[A-Za-z0-9.-]+\\.csv\""));
        assertThat(answer.body()).as(path + ": records end with CRLF").endsWith("\r\n");
        List<List<String>> records = records(answer.body());
        assertThat(records.getFirst()).as(path + ": the header").isNotEmpty()
                .allSatisfy(heading -> assertThat(heading).as(path + ": an Italian heading, not a key")
                        .matches("\\p{Lu}.*").doesNotContainPattern("\\p{Ll}\\p{Lu}"));
        assertThat(records).as(path).allSatisfy(record -> assertThat(record).hasSameSizeAs(records.getFirst()));
        return records;
    }

    @Test
    void everyTabularRouteAnswersCsvByAcceptAndByFormatWithAnItalianHeader() {
        for (String path : TABULAR) {
            List<List<String>> byAccept = csv(path, "text/csv");
            List<List<String>> byFormat = csv(path + (path.contains("?") ? "&" : "?") + "format=csv", "text/html");
            assertThat(byFormat).as(path).isEqualTo(byAccept);
            assertThat(csv(path, "text/csv, text/html;q=0.5")).as(path).isEqualTo(byAccept);
        }
        assertThat(csv("/organigramma", "text/csv")).hasSize(28); // a header, then the Ente and its 26 units
    }

    @Test
    void everyTabularPageLinksItsCsvAndEveryLinkDownloadsIt() {
        for (String path : TABULAR) {
            Document page = PageAnswers.page(service, path);
            List<String> links = HtmlPages.texts(page, "//a[@type='text/csv']/@href");
            assertThat(links).as(path).isNotEmpty();
            assertThat(HtmlPages.texts(page, "//a[@type='text/csv']")).as(path).allSatisfy(text ->
                    assertThat(text).isEqualTo("Scarica CSV"));
            for (String link : links) {
                assertThat(csv(link, null)).as(link).isNotEmpty();
            }
        }
        Document unit = PageAnswers.page(service, "/data/organization/support-unit/cciaa-di-foggia/servizio-iv");
        assertThat(HtmlPages.texts(unit, "//a[@type='text/csv']/@href")).contains(
                "/data/organization/support-unit/cciaa-di-foggia/servizio-iv?format=csv&tabella=unita",
                "/data/organization/support-unit/cciaa-di-foggia/servizio-iv?format=csv&tabella=processi");
    }

    @Test
    void aPageWithSeveralTablesGivesTheOneNamedAndRefusesAnUnknownName() {
        String unit = "/data/organization/support-unit/cciaa-di-foggia/servizio-iv";
        assertThat(csv(unit + "?format=csv", null).getFirst()).startsWith("Codice", "Attività");
        assertThat(csv(unit + "?format=csv&tabella=unita", null)).extracting(record -> record.get(1))
                .startsWith("Codice", "4.1", "4.2");
        HttpResponse<String> unknown = service.get(unit + "?format=csv&tabella=organi", "text/csv");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("attivita, unita, processi, norme");
    }

    @Test
    void aPageWithoutATableAnswers406ListingWhatItOffers() {
        for (String path : List.of("/", "/processi")) {
            HttpResponse<String> answer = service.get(path, "text/csv");
            assertThat(answer.statusCode()).as(path).isEqualTo(406);
            assertThat(answer.body()).as(path).contains("Formati disponibili", "text/html", "application/json");
        }
    }

    @Test
    void searchAnswersJsonLikeTheApiByFormatAndByAccept() {
        JsonNode api = JSON.readTree(service.get("/api/search?q=tributi", "application/json").body());
        for (JsonNode page : List.of(PageAnswers.json(service, "/cerca?q=tributi&format=json", "text/html"),
                PageAnswers.json(service, "/cerca?q=tributi", "application/json"))) {
            assertThat(page.get("total")).isEqualTo(api.get("total"));
            assertThat(page.get("hits").get(0).get("iri")).isEqualTo(api.get("hits").get(0).get("iri"));
        }
        assertThat(service.get("/cerca?format=json", "application/json").statusCode()).isEqualTo(400);
        List<List<String>> results = csv("/cerca?q=tributi", "text/csv");
        assertThat(results).hasSize(Math.min(21, api.get("total").asInt() + 1));
    }

    /** The records of an RFC 4180 text: fields split at commas outside quotes, doubled quotes read as one. */
    private static List<List<String>> records(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return records;
    }
}
