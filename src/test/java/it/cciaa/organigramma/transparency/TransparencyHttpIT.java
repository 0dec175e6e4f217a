package it.cciaa.organigramma.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.miachm.sods.SpreadSheet;
import it.cciaa.organigramma.web.HtmlPages;
import it.cciaa.organigramma.web.LiveService;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Articolazione degli uffici" through the running service, as a transparency editor and a portal fetch it: the page,
 * the CSV and the ODS of the Foggia edition, one row per unit of the edition; refusals for an unknown or malformed
 * chamber, edition or format; the links that lead to it.
 */
class TransparencyHttpIT {
    private static final String PATH = "/trasparenza/articolazione-uffici";
    private static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

    private final LiveService service = LiveService.get();

    /** The IRIs of the units of the current edition, as the query library lists them. */
    private List<String> unitsOfTheEdition() {
        JsonNode rows = JsonMapper.builder().build().readTree(service.get("/api/queries/organigram/units?ente="
                + "cciaa-di-foggia", "application/json").body());
        List<String> units = new ArrayList<>();
        rows.forEach(row -> units.add(row.get("unit").asString()));
        return units;
    }

    @Test
    void thePageListsEveryUnitAndNamesWhatTheDocumentDoesNotHold() {
        HttpResponse<String> answer = service.get(PATH, "text/html");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().allValues("Vary")).contains("Accept");
        Document page = HtmlPages.parse(answer.body());
        assertThat(HtmlPages.texts(page, "/html/@lang")).containsExactly("it");
        assertThat(HtmlPages.texts(page, "//h1")).containsExactly("Articolazione degli uffici");
        assertThat(HtmlPages.texts(page, "//p[@class='lead']")).singleElement().asString()
                .contains("CCIAA di Foggia", "1° gennaio 2025");
        assertThat(HtmlPages.texts(page, "//table[@class='offices']/thead//th")).containsExactly("Codice",
                "Denominazione", "Tipo", "Struttura di appartenenza", "Competenze (sotto-processi)", "Attività",
                "IRI");
        List<String> iris = HtmlPages.texts(page, "//table[@class='offices']/tbody/tr/td[@class='iri']");
        assertThat(iris).containsExactlyInAnyOrderElementsOf(unitsOfTheEdition()).hasSize(27);
        assertThat(HtmlPages.texts(page, "//table[@class='offices']//tr[td[@class='iri' and contains(., "
                + "'/ufficio-4-1')]]/td[1]")).containsExactly("4.1");
        assertThat(HtmlPages.texts(page, "//table[@class='offices']//tr[td[@class='iri' and contains(., "
                + "'/ufficio-4-1')]]//ul[@class='competences']/li")).hasSize(8).first().asString()
                .startsWith("A2.2.2 Promozione dei servizi camerali");
        String missing = String.join(" ", HtmlPages.texts(page, "//section[h2[@id='not-in-document']]"));
        assertThat(missing).contains("dirigente responsabile", "telefono", "posta elettronica certificata (PEC)",
                "non contiene questi dati");
        assertThat(HtmlPages.texts(page, "//section[h2[@id='downloads']]//a/@href")).contains(
                PATH + "?ente=cciaa-di-foggia&edizione=cciaa-di-foggia/2025-01-01&format=csv",
                PATH + "?ente=cciaa-di-foggia&edizione=cciaa-di-foggia/2025-01-01&format=ods");
    }

    @Test
    void theCsvIsOneRecordPerUnitUnderAnItalianHeaderNamedAfterTheChamberAndEdition() throws Exception {
        for (String[] request : new String[][] {{PATH + "?format=csv", "text/html"}, {PATH, "text/csv"}}) {
            HttpResponse<String> answer = service.get(request[0], request[1]);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).contains("text/csv;charset=UTF-8");
            assertThat(answer.headers().allValues("Vary")).contains("Accept");
            assertThat(answer.headers().firstValue("Content-Disposition")).contains(
                    "attachment; filename=\"articolazione-uffici-cciaa-di-foggia-2025-01-01.csv\"");
            List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(answer.body())).getRecords();
            assertThat(records.getFirst().toList()).containsExactly("Codice", "Denominazione", "Tipo",
                    "Struttura di appartenenza - tipo", "Struttura di appartenenza - codice",
                    "Struttura di appartenenza - denominazione",
                    "Competenze (sotto-processi della Mappa dei processi)", "Numero di attività", "In vigore dal",
                    "In vigore fino al", "IRI");
            List<CSVRecord> units = records.subList(1, records.size());
            assertThat(units).extracting(record -> record.get(10))
                    .containsExactlyInAnyOrderElementsOf(unitsOfTheEdition());
            assertThat(units).allSatisfy(record -> assertThat(record.toList().subList(8, 10))
                    .containsExactly("2025-01-01", ""));
            CSVRecord registry = units.stream().filter(record -> record.get(10).endsWith("/ufficio-4-1")).findFirst()
                    .orElseThrow();
            assertThat(registry.toList().subList(0, 6)).containsExactly("4.1", "REGISTRO IMPRESE", "Ufficio",
                    "Servizio", "IV", "SERVIZI ANAGRAFICO-CERTIFICATIVI");
            assertThat(registry.get(6)).startsWith("A2.2.2 Promozione dei servizi camerali; C1.1.1 ");
            assertThat(registry.get(7)).isEqualTo("12");
        }
    }

    @Test
    void theOdsIsASpreadsheetWithOneRowPerUnit() throws Exception {
        HttpResponse<byte[]> answer = service.client().send(HttpRequest.newBuilder(URI.create(service.url(PATH)))
                .header("Accept", ODS).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).contains(ODS);
        assertThat(answer.headers().firstValue("Content-Disposition")).contains(
                "attachment; filename=\"articolazione-uffici-cciaa-di-foggia-2025-01-01.ods\"");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(answer.body()))) {
            assertThat(zip.getNextEntry().getName()).isEqualTo("mimetype");
            assertThat(new String(zip.readAllBytes())).isEqualTo(ODS);
        }
        SpreadSheet book = new SpreadSheet(new ByteArrayInputStream(answer.body()));
        Object[][] rows = book.getSheet("Articolazione degli uffici").getDataRange().getValues();
        assertThat(rows).hasNumberOfRows(28);
        List<Object> iris = new ArrayList<>();
        for (int row = 1; row < rows.length; row++) {
            iris.add(rows[row][10]);
        }
        assertThat(iris).containsExactlyInAnyOrderElementsOf(unitsOfTheEdition());
        assertThat(book.getSheet("Note")).isNotNull();
    }

    @Test
    void theJsonNamesTheEditionAndListsTheOffices() {
        HttpResponse<String> answer = service.get(PATH + "?format=json", "text/html");
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode data = JsonMapper.builder().build().readTree(answer.body());
        assertThat(data.get("edition").get("id").asString()).isEqualTo("cciaa-di-foggia/2025-01-01");
        assertThat(data.get("validFrom").asString()).isEqualTo("2025-01-01");
        assertThat(data.get("offices")).hasSize(27);
        assertThat(data.get("notInDocument").toString()).contains("telefono");
        JsonNode registry = null;
        for (JsonNode office : data.get("offices")) {
            registry = office.get("iri").asString().endsWith("/ufficio-4-1") ? office : registry;
        }
        assertThat(registry.get("parent").get("code").asString()).isEqualTo("IV");
        assertThat(registry.get("competences")).hasSize(8);
    }

    @Test
    void anUnknownChamberOrEditionIs404AMalformedOne400AnUnknownFormat406() {
        assertThat(service.get(PATH + "?ente=cciaa-di-atlantide", "text/csv").statusCode()).isEqualTo(404);
        assertThat(service.get(PATH + "?edizione=cciaa-di-foggia/1999-01-01", "text/html").statusCode())
                .isEqualTo(404);
        HttpResponse<String> malformed = service.get(PATH + "?ente=Foggia!", "application/json");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("ente");
        assertThat(service.get(PATH + "?edizione=2025-13-45", "text/csv").statusCode()).isEqualTo(400);
        HttpResponse<String> xlsx = service.get(PATH + "?format=xlsx", "text/html");
        assertThat(xlsx.statusCode()).isEqualTo(406);
        assertThat(xlsx.body()).contains("ods");
    }

    @Test
    void theHomeAndOrganigramPagesLeadToIt() {
        Document home = HtmlPages.parse(service.get("/", "text/html").body());
        assertThat(HtmlPages.texts(home, "//a[@href='" + PATH + "']")).containsExactly("Articolazione degli uffici");
        Document tree = HtmlPages.parse(service.get("/organigramma", "text/html").body());
        assertThat(HtmlPages.texts(tree, "//main//a/@href")).contains(PATH + "?ente=cciaa-di-foggia");
    }
}
