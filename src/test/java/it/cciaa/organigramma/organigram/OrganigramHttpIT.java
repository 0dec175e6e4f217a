package it.cciaa.organigramma.organigram;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.web.HtmlPages;
import it.cciaa.organigramma.web.LiveService;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The organigram and the unit pages through the running service: HTML people read, JSON programs read. */
class OrganigramHttpIT {
    private static final String UNITS = "/data/organization/support-unit/cciaa-di-foggia/";
    private static final String ENTE = "/data/organization/public-organization/cciaa-di-foggia";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final LiveService service = LiveService.get();

    /** A page answered 200 as well-formed HTML with one h1. */
    private Document page(String path) {
        HttpResponse<String> answer = service.get(path, "text/html");
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        Document page = HtmlPages.parse(answer.body());
        assertThat(HtmlPages.texts(page, "//h1")).as(path).hasSize(1);
        assertThat(HtmlPages.texts(page, "/html/@lang")).containsExactly("it");
        assertThat(HtmlPages.texts(page, "//table[not(caption)]")).as(path + ": tables without caption").isEmpty();
        return page;
    }

    private JsonNode json(String path, String accept) {
        HttpResponse<String> answer = service.get(path, accept);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return JSON.readTree(answer.body());
    }

    @Test
    void theTreeLinksToEveryOneOfThe27UnitsAndEveryLinkOpensItsPage() {
        HttpResponse<String> answer = service.get("/organigramma", "text/html");
        assertThat(answer.headers().allValues("Vary")).contains("Accept");
        Document tree = page("/organigramma");
        assertThat(HtmlPages.texts(tree, "//h1")).containsExactly("Organigramma");
        assertThat(HtmlPages.texts(tree, "//nav[@class='tree']//h2")).containsExactly("Ente – CCIAA di FOGGIA");
        assertThat(HtmlPages.texts(tree, "//nav[@class='tree']//h3")).containsExactly(
                "Area SG – ASSISTENZA ALLE IMPRESE E SERVIZI DI SUPPORTO",
                "Area I – SERVIZI ANAGRAFICO – CERTIFICATIVI E REGOLAZIONE DEL MERCATO");
        assertThat(HtmlPages.texts(tree, "//nav[@class='tree']//h4")).hasSize(5);
        assertThat(HtmlPages.texts(tree, "//nav[@class='tree']/ul/li/ul/li[1]")).first().asString()
                .startsWith("Ufficio di staff – PERFORMANCE E CONTROLLO DI GESTIONE").contains("(19 attività)");
        assertThat(HtmlPages.texts(tree, "//nav[@class='tree']//li[a[contains(., 'REGISTRO IMPRESE')]]"))
                .containsExactly("Ufficio 4.1 – REGISTRO IMPRESE (12 attività)");

        Set<String> links = new LinkedHashSet<>(HtmlPages.texts(tree, "//nav[@class='tree']//a/@href"));
        assertThat(links).hasSize(27).contains(ENTE, UNITS + "area-sg", UNITS + "servizio-ii", UNITS + "ufficio-5-3",
                UNITS + "staff-performance-e-controllo-di-gestione");
        for (String link : links) {
            Document unit = page(link);
            assertThat(HtmlPages.texts(unit, "//nav[@class='breadcrumb']/ol/li")).as(link).first().isEqualTo("Organigramma");
        }
    }

    @Test
    void theUnitPageOfUfficio41ShowsItsParentsProcessesAndActivitiesWithBadgesAndSharing() {
        Document unit = page(UNITS + "ufficio-4-1");
        assertThat(HtmlPages.texts(unit, "//h1")).containsExactly("Ufficio 4.1 – REGISTRO IMPRESE");
        assertThat(HtmlPages.texts(unit, "//nav[@class='breadcrumb']/ol/li"))
                .containsExactly("Organigramma", "Ente – CCIAA di FOGGIA", "Area I", "Servizio IV", "Ufficio 4.1");
        assertThat(HtmlPages.texts(unit, "//nav[@class='breadcrumb']//a/@href"))
                .containsExactly("/organigramma", ENTE, UNITS + "area-i", UNITS + "servizio-iv");
        assertThat(HtmlPages.texts(unit, "//section[h2='Temi e processi presidiati']//tbody/tr/td[1]"))
                .containsExactly("A2", "A2.2", "C1", "C1.1", "D1", "D1.2", "D2", "D2.2");
        assertThat(HtmlPages.texts(unit, "//section[h2='Attività']/h3")).containsExactly(
                "A2.2 PROMOZIONE E SVILUPPO DEI SERVIZI CAMERALI",
                "C1.1 GESTIONE DEL REGISTRO DELLE IMPRESE, ALBI ED ELENCHI",
                "D1.2 SERVIZI CERTIFICATIVI PER L'EXPORT", "D2.2 SERVIZI CONNESSI ALL'AGENDA DIGITALE");
        assertThat(HtmlPages.texts(unit, "//section[h2='Attività']//tr[@class='subprocess']")).startsWith(
                "A2.2.2 Promozione dei servizi camerali",
                "C1.1.1 Istruttoria pratiche su istanza di parte e aggiornamento Registro Imprese, REA, AA");

        String balanceSheets = "//tr[td[1]='C1.1.1.2']";
        assertThat(HtmlPages.texts(unit, balanceSheets + "/td[2]")).first().asString()
                .startsWith("Deposito bilanci, ivi compresa l'assistenza informativa sui bilanci inviati").endsWith("***");
        assertThat(HtmlPages.texts(unit, balanceSheets + "/td[3]/span[@class='badge']"))
                .containsExactly("Front office negli Sportelli Polifunzionali");
        assertThat(HtmlPages.texts(unit, "//tr[td[1]='C1.1.1.1']/td[4]/a")).containsExactly("Ufficio 4.3", "Ufficio 4.4");
        assertThat(HtmlPages.texts(unit, "//tr[td[1]='C1.1.1.1']/td[4]/a/@href"))
                .containsExactly(UNITS + "ufficio-4-3", UNITS + "ufficio-4-4");
        assertThat(HtmlPages.texts(unit, "//tr[td[1]='C1.1.1.1']/td[5]")).containsExactly("593");
        assertThat(HtmlPages.texts(unit, "//span[@class='badge' and .='Front office negli Sportelli Polifunzionali']"))
                .hasSize(6 + 1);
    }

    @Test
    void aUnitPageLinksToItsRdfFormsAndToTheSparqlThatProducesIt() {
        Document unit = page(UNITS + "ufficio-4-1");
        List<String> formats = HtmlPages.texts(unit, "//nav[@class='formats']//a/@href");
        assertThat(formats).contains(UNITS + "ufficio-4-1?format=turtle", UNITS + "ufficio-4-1?format=jsonld");
        HttpResponse<String> turtle = service.get(UNITS + "ufficio-4-1?format=turtle", null);
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.body()).contains("REGISTRO IMPRESE");
        String sparql = formats.stream().filter(href -> href.startsWith("/sparql?query=")).findFirst().orElseThrow();
        assertThat(URLDecoder.decode(sparql.substring("/sparql?query=".length()), StandardCharsets.UTF_8))
                .contains("<" + service.iri(UNITS + "ufficio-4-1") + ">").contains("GRAPH").doesNotContain("?_unit");
    }

    @Test
    void servizioAndEntePagesShowTheirMissionTheirUnitsAndTheLawsTheyCite() {
        Document service3 = page(UNITS + "servizio-iii");
        assertThat(HtmlPages.texts(service3, "//h1")).first().asString().startsWith("Servizio III – COMPLIANCE");
        assertThat(HtmlPages.texts(service3, "//section[h2='Missione']/p")).isNotEmpty();
        assertThat(HtmlPages.texts(service3, "//section[h2='Unità dipendenti']//li"))
                .containsExactly("Ufficio 3.1 – GESTIONE DOCUMENTALE E TRANSIZIONE DIGITALE (8 attività)",
                        "Ufficio 3.2 – TRASPARENZA, ANTICORRUZIONE E PRIVACY (5 attività)",
                        "Ufficio 3.3 – COMPOSIZIONE DELLE CONTROVERSIE E DELLE SITUAZIONI DI CRISI (5 attività)",
                        "Ufficio 3.4 – SERVIZI LEGALI (4 attività)");
        assertThat(HtmlPages.texts(service3, "//section[h2='Norme citate']//tbody/tr/td[1]"))
                .containsExactlyInAnyOrder("Reg. (UE) 2016/679", "DPR 254/2005");
        for (String law : HtmlPages.texts(service3, "//section[h2='Norme citate']//table//a/@href")) {
            assertThat(law).startsWith("/norme/atto?iri=");
            assertThat(service.get(law, "text/html").statusCode()).as(law).isEqualTo(200);
        }

        Document ente = page(ENTE);
        assertThat(HtmlPages.texts(ente, "//h1")).containsExactly("Ente – CCIAA di FOGGIA");
        assertThat(HtmlPages.texts(ente, "//nav[@class='breadcrumb']/ol/li")).containsExactly("Organigramma", "Ente – CCIAA di FOGGIA");
        assertThat(HtmlPages.texts(ente, "//section[h2='Unità dipendenti']//li/a/@href")).containsExactly(
                UNITS + "staff-performance-e-controllo-di-gestione", UNITS + "area-sg", UNITS + "area-i");
    }

    @Test
    void aUnitPageAnswersItsDataAsJsonByAcceptOrByFormat() {
        JsonNode byAccept = json(UNITS + "ufficio-4-1", "application/json");
        assertThat(json(UNITS + "ufficio-4-1?format=json", "text/html")).isEqualTo(byAccept);
        assertThat(byAccept.propertyNames()).contains("iri", "kind", "code", "name", "description", "parents",
                "children", "declaredProcesses", "activities", "laws");
        assertThat(byAccept.get("iri").asString()).isEqualTo(service.iri(UNITS + "ufficio-4-1"));
        assertThat(byAccept.get("code").asString()).isEqualTo("4.1");
        assertThat(byAccept.get("parents").get(2).get("code").asString()).isEqualTo("IV");
        assertThat(byAccept.get("activities")).hasSize(12);
        JsonNode balanceSheets = byAccept.get("activities").get(2);
        assertThat(balanceSheets.get("notation").asString()).isEqualTo("C1.1.1.2");
        assertThat(balanceSheets.get("qualifierLabel").asString()).isEqualTo("Front office negli Sportelli Polifunzionali");
        assertThat(balanceSheets.get("qualifier").asString())
                .isEqualTo(service.iri("/controlled-vocabulary/modalita-presidio/front-office-sportelli-polifunzionali"));
        assertThat(balanceSheets.get("marker").asString()).isEqualTo("***");
        assertThat(balanceSheets.propertyNames()).contains("label", "sharedWith");
        JsonNode registrations = byAccept.get("activities").get(1);
        assertThat(registrations.get("sharedWith")).hasSize(2);
        assertThat(registrations.get("sharedWith").get(0).get("code").asString()).isEqualTo("4.3");

        JsonNode tree = json("/organigramma", "application/json");
        assertThat(tree.get("units").asInt()).isEqualTo(27);
        assertThat(tree.get("roots").get(0).get("unit").get("iri").asString()).isEqualTo(service.iri(ENTE));
        assertThat(tree.get("roots").get(0).get("children")).hasSize(3);
        assertThat(json("/organigramma?format=json", null)).isEqualTo(tree);
    }

    @Test
    void htmlIsForBrowsersAndEveryoneElseRdfForRdfClientsAndAllAnswersVaryByAccept() {
        String path = UNITS + "ufficio-2-3";
        for (String accept : new String[] {null, "*/*", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}) {
            HttpResponse<String> answer = service.get(path, accept);
            assertThat(answer.statusCode()).as(accept).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).as(accept)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(answer.headers().allValues("Vary")).as(accept).contains("Accept");
        }
        assertThat(service.get(path, "application/json").headers().allValues("Vary")).contains("Accept");
        for (String accept : new String[] {"text/turtle", "text/turtle, */*;q=0.1"}) {
            HttpResponse<String> answer = service.get(path, accept);
            assertThat(answer.statusCode()).as(accept).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).as(accept)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/turtle"));
        }
    }

    @Test
    void theTreeSendsRdfClientsToTheEntesRdfAndRefusesFormatsItCannotServe() {
        for (String[] request : new String[][] {{"/organigramma", "text/turtle"}, {"/organigramma?format=turtle", null},
                {"/organigramma?format=ttl", "text/html"}}) {
            HttpResponse<String> answer = service.get(request[0], request[1]);
            assertThat(answer.statusCode()).as(request[0]).isEqualTo(303);
            assertThat(answer.headers().firstValue("Location")).as(request[0])
                    .hasValueSatisfying(location -> assertThat(location).endsWith(ENTE + "?format=turtle"));
        }
        assertThat(service.get("/organigramma?format=HTML", null).headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(service.get("/organigramma?format=png", "text/html").statusCode()).isEqualTo(406);
        assertThat(service.get("/organigramma", "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void anUnknownUnitIsA404PageAndAMalformedOneNeverReachesTheStore() {
        for (String path : new String[] {UNITS + "ufficio-9-9", "/data/organization/public-organization/altrove",
                UNITS + "Ufficio%204.1", UNITS + "ufficio-4-1%3E%20%3Fp"}) {
            HttpResponse<String> answer = service.get(path, "text/html");
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            Document page = HtmlPages.parse(answer.body());
            assertThat(HtmlPages.texts(page, "//h1")).as(path).hasSize(1);
            HttpResponse<String> data = service.get(path, "application/json");
            assertThat(data.statusCode()).as(path).isEqualTo(404);
            assertThat(data.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }
}
