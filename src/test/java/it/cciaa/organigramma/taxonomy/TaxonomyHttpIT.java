package it.cciaa.organigramma.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.web.HtmlPages;
import it.cciaa.organigramma.web.LiveService;
import it.cciaa.organigramma.web.PageAnswers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/** The process map and the concept pages through the running service: HTML people read, JSON programs read. */
class TaxonomyHttpIT {
    private static final String MAP = "/controlled-vocabulary/mappa-processi/2024/";
    private static final String UNITS = "/data/organization/support-unit/cciaa-di-foggia/";

    private final LiveService service = LiveService.get();

    private Document page(String path) {
        return PageAnswers.page(service, path);
    }

    private JsonNode json(String path, String accept) {
        return PageAnswers.json(service, path, accept);
    }

    @Test
    void theMapShowsSixteenThemesUnderTheSixFunctionsAndItsConceptLinksOpen() {
        Document map = page("/processi");
        assertThat(HtmlPages.texts(map, "//h1")).containsExactly("Mappa dei processi 2024");
        assertThat(HtmlPages.texts(map, "//main/section/h2")).hasSize(6).first().asString()
                .isEqualTo("A Organi istituzionali e segreteria generale");
        List<String> themes = HtmlPages.texts(map, "//main/section/ul/li/a");
        assertThat(themes).hasSize(16).startsWith("A1", "A2", "A3", "B1").endsWith("F1");
        assertThat(HtmlPages.texts(map, "//main/section/ul/li[a='A1']")).singleElement().asString()
                .contains("34 attività, 7 unità competenti");
        assertThat(HtmlPages.texts(map, "//details//a[.='C1.1.1.1']/..")).singleElement().asString()
                .contains("3 unità competenti");

        List<String> links = HtmlPages.texts(map, "//main/section/ul//a/@href");
        assertThat(links).hasSize(429).allSatisfy(link -> assertThat(link).startsWith(MAP));
        Set<String> sample = new LinkedHashSet<>();
        for (int i = 0; i < links.size(); i++) {
            String notation = links.get(i).substring(MAP.length());
            if (notation.split("\\.").length <= 2 || i % 9 == 0) {
                sample.add(links.get(i));
            }
        }
        for (String link : sample) {
            Document concept = page(link);
            assertThat(HtmlPages.texts(concept, "//h1")).as(link).first().asString()
                    .startsWith(link.substring(MAP.length()) + " ");
        }
    }

    @Test
    void theMapCanStopAtALevelOrShowOneTheme() {
        Document twoLevels = page("/processi?livello=2");
        assertThat(HtmlPages.texts(twoLevels, "//main/section/ul//a")).hasSize(16 + 44);
        Document c1 = page("/processi?tema=C1");
        assertThat(HtmlPages.texts(c1, "//main/section/ul/li/a")).containsExactly("C1");
        assertThat(HtmlPages.texts(c1, "//main/section/ul/li/details/@open")).hasSize(1);
    }

    @Test
    void activityC1_1_1_1ShowsItsThreeCompetentUnitsBreadcrumbAndFunction() {
        Document activity = page(MAP + "C1.1.1.1");
        assertThat(HtmlPages.texts(activity, "//h1")).singleElement().asString().startsWith("C1.1.1.1 Pratiche telematiche");
        List<String> breadcrumb = HtmlPages.texts(activity, "//nav[@class='breadcrumb']/ol/li");
        assertThat(breadcrumb).hasSize(6);
        assertThat(breadcrumb.get(0)).isEqualTo("Mappa dei processi 2024");
        assertThat(breadcrumb.get(1)).startsWith("Funzione C: Anagrafe e servizi di regolazione del mercato")
                .contains("Trasparenza, semplificazione e tutela");
        assertThat(breadcrumb.subList(2, 6)).extracting(text -> text.split(" ")[0])
                .containsExactly("C1", "C1.1", "C1.1.1", "C1.1.1.1");
        assertThat(HtmlPages.texts(activity, "//section[@aria-labelledby='competent-units']//tbody/tr/td[1]/a/@href"))
                .containsExactly(UNITS + "ufficio-4-1", UNITS + "ufficio-4-3", UNITS + "ufficio-4-4");
        assertThat(HtmlPages.texts(activity, "//nav[@class='formats']//a/@href")).contains(
                MAP + "C1.1.1.1?format=turtle", MAP + "C1.1.1.1?format=jsonld");
        assertThat(HtmlPages.texts(activity, "//nav[@class='formats']//a[starts-with(@href, '/sparql?query=')]"))
                .hasSize(1);
    }

    @Test
    void activityA1_1_2_3ShowsTheQualifierBadgeAndFlagsItsLabelVariants() {
        Document activity = page(MAP + "A1.1.2.3");
        List<String> rows = HtmlPages.texts(activity, "//section[@aria-labelledby='competent-units']//tbody/tr");
        assertThat(rows).hasSize(2);
        assertThat(rows).filteredOn(row -> row.startsWith("5.3")).singleElement().asString()
                .contains("Per quanto di competenza").contains("Timesheet");
        assertThat(HtmlPages.texts(activity, "//span[@class='badge']")).contains("Per quanto di competenza");
        assertThat(HtmlPages.texts(activity, "//main/p/strong[@class='badge']")).singleElement().asString()
                .startsWith("Denominazioni varianti");
        assertThat(HtmlPages.texts(activity, "//section[@aria-labelledby='labels']//tbody/tr/td[1]"))
                .anySatisfy(label -> assertThat(label).startsWith("Timesheet"));
    }

    @Test
    void processC2_4_1LinksToItsLawAndItsSourceLine() {
        Document process = page(MAP + "C2.4.1");
        assertThat(HtmlPages.texts(process, "//section[@aria-labelledby='laws']//a[starts-with(@href, '/norme/atto?iri=')]"))
                .containsExactly("L. 689/1981");
        assertThat(HtmlPages.texts(process, "//section[@aria-labelledby='source-lines']//tbody/tr/td[1]"))
                .contains("699");
        assertThat(HtmlPages.texts(process, "//section[@aria-labelledby='narrower']//tbody/tr/td[1]"))
                .containsExactly("C2.4.1.1", "C2.4.1.2", "C2.4.1.3");
    }

    @Test
    void themeAndProcessPagesListTheUnitsThatDeclareThem() {
        Document process = page(MAP + "B3.1");
        assertThat(HtmlPages.texts(process, "//section[@aria-labelledby='declarations']//tbody/tr/td[1]"))
                .containsExactly("II BILANCIO E PATRIMONIO", "2.1 GESTIONE RISORSE ECONOMICHE E FINANZIARIE", "2.2 TRIBUTI");
        Document theme = page(MAP + "D1");
        assertThat(HtmlPages.texts(theme, "//nav[@class='breadcrumb']/ol/li[2]")).singleElement().asString()
                .startsWith("Funzione D: Studio, formazione, informazione e promozione economica");
    }

    @Test
    void theSamePagesAnswerJsonToProgramsAndHtmlToEveryoneElse() {
        JsonNode tree = json("/processi", "application/json");
        assertThat(tree.get("revision").get("revision").asString()).isEqualTo("2024");
        List<String> themes = new ArrayList<>();
        tree.get("functions").forEach(branch -> branch.get("themes").forEach(t -> themes.add(t.get("notation").asString())));
        assertThat(themes).hasSize(16);
        assertThat(tree.get("conceptsPerLevel").toString()).isEqualTo("[16,44,123,246]");
        assertThat(json("/processi?format=json", "text/html").get("functions")).hasSize(6);

        JsonNode activity = json(MAP + "C1.1.1.1", "application/json");
        assertThat(activity.get("process").get("notation").asString()).isEqualTo("C1.1.1.1");
        assertThat(activity.get("process").get("function").get("notation").asString()).isEqualTo("C");
        List<String> units = new ArrayList<>();
        activity.get("competences").forEach(c -> units.add(c.get("unit").get("notation").asString()));
        assertThat(units).containsExactly("4.1", "4.3", "4.4");
        assertThat(json(MAP + "A1.1.2.3?format=json", null).get("labelVariants").asBoolean()).isTrue();

        HttpResponse<String> noAccept = service.get(MAP + "C1.1.1.1", null);
        assertThat(noAccept.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        HttpResponse<String> turtle = service.get(MAP + "C1.1.1.1", "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        HttpResponse<String> prefersTurtle = service.get(MAP + "C1.1.1.1", "text/turtle, text/html;q=0.5");
        assertThat(prefersTurtle.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        HttpResponse<String> mapInTurtle = service.get("/processi", "text/turtle");
        assertThat(mapInTurtle.statusCode()).isEqualTo(303);
        assertThat(mapInTurtle.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/controlled-vocabulary/mappa-processi/2024?format=turtle"));
    }

    @Test
    void anUnknownCodeOrRevisionIsNotFoundAndAMalformedOneABadRequest() {
        for (String path : List.of(MAP + "C9.9", "/controlled-vocabulary/mappa-processi/1999/C1", "/processi?tema=F9",
                "/processi?revisione=1999")) {
            HttpResponse<String> answer = service.get(path, "text/html");
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(HtmlPages.texts(HtmlPages.parse(answer.body()), "//h1")).as(path).hasSize(1);
        }
        HttpResponse<String> unknown = service.get(MAP + "C9.9", "text/html");
        assertThat(unknown.body()).contains("non contiene il codice C9.9");
        for (String path : List.of(MAP + "C1..1", MAP + "G1", MAP + "C1.1.1.1.1", "/processi?livello=9",
                "/processi?tema=C1.1")) {
            HttpResponse<String> answer = service.get(path, "text/html");
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(HtmlPages.texts(HtmlPages.parse(answer.body()), "//main/p[1]")).as(path).singleElement()
                    .asString().isNotBlank();
        }
        assertThat(service.get(MAP + "C9.9", "application/json").statusCode()).isEqualTo(404);
        assertThat(service.get(MAP + "C9.9?format=json", null).statusCode()).isEqualTo(404);
        assertThat(service.get(MAP + "C1..1?format=json", null).statusCode()).isEqualTo(400);
        assertThat(service.get(MAP + "C1..1", "application/json").body()).doesNotContain("Exception").doesNotContain("at it.");
    }
}
