package it.cciaa.organigramma.law;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.web.HtmlPages;
import it.cciaa.organigramma.web.LiveService;
import it.cciaa.organigramma.web.PageAnswers;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/** The list of laws and the law pages through the running service: HTML people read, JSON programs read. */
class LawHttpIT {
    private static final String GDPR = "http://data.europa.eu/eli/reg/2016/679/oj";

    private final LiveService service = LiveService.get();
    /** A law the project mints an IRI for (no ELI of the Gazzetta Ufficiale): on the service's base. */
    private final String l689of1981 = service.iri("/data/norma/stato-legge-1981-11-24-689");

    private static String lawPage(String iri) {
        return "/norme/atto?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    private Document page(String path) {
        return PageAnswers.page(service, path);
    }

    private JsonNode json(String path, String accept) {
        return PageAnswers.json(service, path, accept);
    }

    @Test
    void theListShowsEveryLawWithItsCitationsAndEveryLawPageOpens() {
        Document laws = page("/norme");
        assertThat(HtmlPages.texts(laws, "//h1")).containsExactly("Norme citate dall'organigramma");
        List<String> rows = HtmlPages.texts(laws, "//main/div[@class='table-scroll']/table/tbody/tr");
        assertThat(rows).hasSize(8);
        assertThat(rows).filteredOn(row -> row.startsWith("L. 689/1981")).singleElement().asString()
                .contains("24 novembre 1981").endsWith(" 1");
        assertThat(rows).filteredOn(row -> row.startsWith("DPR 254/2005")).singleElement().asString().endsWith(" 24");
        List<String> links = HtmlPages.texts(laws, "//main/div[@class='table-scroll']/table/tbody/tr/td[1]/a/@href");
        assertThat(links).hasSize(8).extracting(link -> URLDecoder.decode(link, StandardCharsets.UTF_8))
                .contains("/norme/atto?iri=" + l689of1981, "/norme/atto?iri=" + GDPR);
        for (String link : links) {
            assertThat(HtmlPages.texts(page(link), "//h1")).as(link).hasSize(1);
        }
        assertThat(HtmlPages.texts(laws, "//nav[@class='formats']//a/@href")).contains("/graph/norme?format=turtle");
    }

    @Test
    void referencesThatNameNoActAreListedApartOnTheList() {
        Document laws = page("/norme");
        assertThat(HtmlPages.texts(laws, "//h2")).contains("Riferimenti non risolti");
        assertThat(HtmlPages.texts(laws, "//section[@aria-labelledby='unresolved']//tbody/tr/td[1]"))
                .containsExactly("ex art. 44", "ex art. 42", "ex art. 44", "ex art. 42");
        assertThat(HtmlPages.texts(laws, "//section[@aria-labelledby='unresolved']//tbody/tr/td[2]/a/@href"))
                .contains("/controlled-vocabulary/mappa-processi/2024/B3.2.1.4");
    }

    @Test
    void law689Of1981IsCitedByProcessC2_4_1AtLine699AndLinksToNormattiva() {
        Document law = page(lawPage(l689of1981));
        assertThat(HtmlPages.texts(law, "//h1")).containsExactly("L. 689/1981");
        assertThat(HtmlPages.texts(law, "//dd/code")).contains("urn:nir:stato:legge:1981-11-24;689");
        assertThat(HtmlPages.texts(law, "//a[@rel='external']/@href"))
                .containsExactly("https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:1981-11-24;689");
        assertThat(HtmlPages.texts(law, "//a[@rel='external']")).containsExactly("Leggi su Normattiva");
        List<String> citation = HtmlPages.texts(law, "//section[@aria-labelledby='citations']//tbody/tr/td");
        assertThat(citation).hasSize(4);
        assertThat(citation.get(0)).startsWith("C2.4.1 Gestione sanzioni amministrative");
        assertThat(citation.get(1)).isEqualTo("L. 689/81");
        assertThat(citation.get(2)).isEqualTo("699");
        assertThat(HtmlPages.texts(law, "//section[@aria-labelledby='citations']//tbody/tr/td[1]/a/@href"))
                .containsExactly("/controlled-vocabulary/mappa-processi/2024/C2.4.1");
        assertThat(HtmlPages.texts(law, "//nav[@class='formats']//a/@href"))
                .contains("/data/norma/stato-legge-1981-11-24-689?format=turtle");
    }

    @Test
    void anEuRegulationLinksToEurLexAndItsRdfIsAtTheForeignResourcePage() {
        Document law = page(lawPage(GDPR));
        assertThat(HtmlPages.texts(law, "//a[@rel='external']")).containsExactly("Leggi su EUR-Lex");
        assertThat(HtmlPages.texts(law, "//nav[@class='formats']//a/@href")).first().asString()
                .startsWith("/risorsa?iri=" + URLEncoder.encode(GDPR, StandardCharsets.UTF_8));
        HttpResponse<String> turtle = service.get(lawPage(GDPR), "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(303);
        assertThat(turtle.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/risorsa?iri=").endsWith("&format=turtle"));
    }

    @Test
    void dpr254Of2005IsCitedByTheUnitsAndIsTheBasisOfFunctionsAToD() {
        Document law = page(lawPage("https://www.gazzettaufficiale.it/eli/id/2005/12/16/005G0279/sg"));
        assertThat(HtmlPages.texts(law, "//table[caption[starts-with(., 'Unità organizzative')]]/tbody/tr"))
                .hasSize(24);
        assertThat(HtmlPages.texts(law, "//section[@aria-labelledby='linked-concepts']//li/a/@href"))
                .containsExactly("/controlled-vocabulary/funzioni-istituzionali/A",
                        "/controlled-vocabulary/funzioni-istituzionali/B",
                        "/controlled-vocabulary/funzioni-istituzionali/C",
                        "/controlled-vocabulary/funzioni-istituzionali/D");
    }

    @Test
    void theSamePagesAnswerJsonToPrograms() {
        JsonNode index = json("/norme", "application/json");
        assertThat(index.get("laws")).hasSize(8);
        assertThat(index.get("unresolvedReferences")).hasSize(4);
        assertThat(json("/norme?format=json", "text/html").get("laws")).hasSize(8);

        JsonNode law = json(lawPage(l689of1981), "application/json");
        assertThat(law.get("law").get("notation").asString()).isEqualTo("L. 689/1981");
        assertThat(law.get("officialPages").get(0).get("site").asString()).isEqualTo("Normattiva");
        List<Integer> lines = new ArrayList<>();
        law.get("conceptCitations").forEach(c -> lines.add(c.get("sourceLine").asInt()));
        assertThat(lines).containsExactly(699);
        assertThat(json(lawPage(l689of1981) + "&format=json", null).get("law").get("iri").asString())
                .isEqualTo(l689of1981);
        assertThat(service.get("/norme", null).headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    }

    @Test
    void aMissingOrRelativeIriIsABadRequestAndAnUnknownLawIsNotFound() {
        for (String path : List.of("/norme/atto", "/norme/atto?iri=", "/norme/atto?iri=norme%2Flegge-689",
                "/norme/atto?iri=http%3A%2F%2Fexa%20mple.org%2F")) {
            HttpResponse<String> answer = service.get(path, "text/html");
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(HtmlPages.texts(HtmlPages.parse(answer.body()), "//main/p[1]")).as(path).singleElement()
                    .asString().contains("iri");
        }
        HttpResponse<String> unknown = service.get(lawPage("https://example.org/eli/unknown"), "text/html");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(HtmlPages.texts(HtmlPages.parse(unknown.body()), "//h1")).hasSize(1);
        assertThat(service.get(lawPage("https://example.org/eli/unknown"), "application/json").statusCode())
                .isEqualTo(404);
        assertThat(service.get("/norme/atto?format=json", null).statusCode()).isEqualTo(400);
        assertThat(service.get("/norme", "image/png").statusCode()).isEqualTo(406);
    }
}
