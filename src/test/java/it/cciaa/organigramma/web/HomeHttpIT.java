package it.cciaa.organigramma.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The home page through the running service: what this is, the figures, search, and the way to everything else. */
class HomeHttpIT {
    private final LiveService service = LiveService.get();

    private Document page(String path) {
        HttpResponse<String> answer = service.get(path, "text/html");
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).as(path)
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        return HtmlPages.parse(answer.body());
    }

    /** Follows a link as a browser would, redirects included; the final answer. */
    private HttpResponse<String> follow(String href) {
        String target = href;
        HttpResponse<String> answer = service.get(target, "text/html");
        for (int hops = 0; hops < 5 && answer.statusCode() / 100 == 3; hops++) {
            String location = answer.headers().firstValue("Location").orElseThrow();
            URI next = URI.create(service.url(target)).resolve(location);
            target = next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
            answer = service.get(target, "text/html");
        }
        return answer;
    }

    /** The target of the first link of the page's main part whose text is {@code text}, or ends with it. */
    private static String linkNamed(Document page, String text) {
        List<String> hrefs = HtmlPages.texts(page, "//main//a[normalize-space(.)=\"" + text + "\" or substring("
                + "normalize-space(.), string-length(normalize-space(.)) - " + (text.length() - 1) + ")=\"" + text + "\"]/@href");
        assertThat(hrefs).as("a link named " + text).isNotEmpty();
        return hrefs.getFirst();
    }

    @Test
    void theHomePageSaysWhatThisIsWithFiguresSearchAndTheCurrentEdition() {
        HttpResponse<String> answer = service.get("/", "text/html");
        assertThat(answer.headers().allValues("Vary")).contains("Accept");
        Document home = page("/");
        assertThat(HtmlPages.texts(home, "/html/@lang")).containsExactly("it");
        assertThat(HtmlPages.texts(home, "//h1")).containsExactly(
                "Organigramma della Camera di commercio di Foggia, come dati aperti collegati");
        assertThat(HtmlPages.texts(home, "//main/p[1]")).first().asString()
                .contains("Allegato C").contains("D.Lgs. 33/2013").contains("art. 13");
        assertThat(HtmlPages.texts(home, "//main//table/caption")).hasSize(3);
        assertThat(HtmlPages.texts(home, "//table[caption='Unità organizzative per tipo']/tbody/tr"))
                .containsExactly("Ente 1", "Area 2", "Servizio 5", "Ufficio 18", "Ufficio di staff 1");
        assertThat(HtmlPages.texts(home, "//table[caption='Unità organizzative per tipo']/tfoot/tr/td"))
                .containsExactly("27");
        assertThat(HtmlPages.texts(home, "//table[starts-with(caption, 'Codici')]/tbody/tr/td[2]"))
                .containsExactly("16", "44", "123", "246");
        assertThat(HtmlPages.texts(home, "//table[starts-with(caption, 'Competenze')]/tbody/tr/td"))
                .containsExactly("295", "236", "34", "7");
        assertThat(HtmlPages.texts(home, "//main/p[starts-with(normalize-space(.), 'Edizione corrente')]"))
                .containsExactly("Edizione corrente: Edizione del 1° gennaio 2025 – CCIAA di Foggia.");
        assertThat(HtmlPages.texts(home, "//main//form[@role='search']/@action")).containsExactly("/cerca");
        assertThat(HtmlPages.texts(home, "//main//form[@role='search']//input/@name")).containsExactly("q");
        assertThat(HtmlPages.texts(home, "//main//form[@role='search']//label")).isNotEmpty();
        assertThat(HtmlPages.texts(home, "//nav[@class='formats']//a/@href")).anyMatch(h -> h.startsWith("/sparql?query="));
    }

    @Test
    void theHomePageLinksToEverythingAndEveryLinkWorks() {
        Document home = page("/");
        List<String> links = HtmlPages.texts(home, "//main//a/@href");
        assertThat(links).contains("/organigramma", "/processi", "/norme", "/sparql", "/api-docs", "/dati", "/catalogo",
                "/onto/organigramma");
        for (String link : links) {
            assertThat(follow(link).statusCode()).as(link).isEqualTo(200);
        }
    }

    @Test
    void aNewcomerReachesAUnitAnActivityAndALawInThreeClicks() {
        Document home = page("/");
        Document tree = page(linkNamed(home, "Organigramma"));                                   // click 1
        Document unit = page(linkNamed(tree, "REGISTRO IMPRESE"));                               // click 2
        assertThat(HtmlPages.texts(unit, "//h1")).containsExactly("Ufficio 4.1 – REGISTRO IMPRESE");
        String activity = HtmlPages.texts(unit, "//tr[td[1]='C1.1.1.2']/td[1]/a/@href").getFirst();
        assertThat(activity).isEqualTo("/controlled-vocabulary/mappa-processi/2024/C1.1.1.2");
        Document activityPage = page(activity);                                                  // click 3
        assertThat(HtmlPages.texts(activityPage, "//h1")).first().asString().contains("C1.1.1.2");
        String law = HtmlPages.texts(unit, "//section[h2='Norme citate']//table//a/@href").getFirst();
        Document lawPage = page(law);                                                            // click 3
        assertThat(HtmlPages.texts(lawPage, "//h1")).first().asString().contains("254");
    }

    @Test
    void theFiguresAreJsonForProgramsAndHtmlForEveryoneElse() {
        HttpResponse<String> answer = service.get("/", "application/json");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(answer.headers().allValues("Vary")).contains("Accept");
        JsonNode figures = JsonMapper.builder().build().readTree(answer.body());
        assertThat(figures.propertyNames()).containsExactly("edition", "unitsByKind", "processesByLevel", "totals", "currentEdition");
        assertThat(figures.get("totals").get("competences").asInt()).isEqualTo(295);
        assertThat(figures.get("unitsByKind").get(3).get("units").asInt()).isEqualTo(18);
        assertThat(figures.get("currentEdition").get("modified").asString()).isEqualTo("2025-01-01");
        assertThat(service.get("/?format=json", "text/html").body()).isEqualTo(answer.body());
        HttpResponse<String> rdf = service.get("/", "text/turtle");
        assertThat(rdf.statusCode()).isEqualTo(303);
        assertThat(rdf.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/data/catalogo?format=turtle"));
        assertThat(follow("/?format=turtle").headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        for (String accept : new String[] {null, "*/*"}) {
            assertThat(service.get("/", accept).headers().firstValue("Content-Type")).as(accept)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        }
    }
}
