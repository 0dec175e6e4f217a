package it.cciaa.organigramma.organigram;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.web.HtmlPages;
import it.cciaa.organigramma.web.LiveService;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The organigram drawn, through the running service: shown on {@code /organigramma} and announced there, served as
 * SVG and PDF by {@code /organigramma} and by the Ente's IRI for {@code Accept} or {@code ?format=}, in the edition
 * asked for, beside the page, JSON and RDF answers the same addresses keep giving.
 */
class OrganigramChartHttpIT {
    private static final String ENTE = "/data/organization/public-organization/cciaa-di-foggia";
    private static final String SVG_LINK = "/organigramma?format=svg&ente=cciaa-di-foggia";
    /** The boxes' links (their {@code href}; each has the same {@code xlink:href} for SVG 1.1 readers). */
    private static final String LINKS = "//a/@*[name()='href']";

    private final LiveService service = LiveService.get();

    /** An SVG answer, checked as such, parsed. */
    private Document svg(String path, String accept) {
        HttpResponse<String> answer = service.get(path, accept);
        assertThat(answer.statusCode()).as(path + " " + accept + ": " + answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).as(path + " " + accept)
                .contains("image/svg+xml;charset=UTF-8");
        assertThat(answer.headers().allValues("Vary")).as(path + " " + accept).contains("Accept");
        assertThat(answer.headers().firstValue("Content-Disposition"))
                .contains("inline; filename=\"organigramma-cciaa-di-foggia-2025-01-01.svg\"");
        return HtmlPages.parse(answer.body());
    }

    private HttpResponse<byte[]> bytes(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.url(path)))
                .timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return service.client().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theOrganigramPageShowsTheChartAndLinksItsSvgAndPdf() {
        Document page = HtmlPages.parse(service.get("/organigramma", "text/html").body());
        assertThat(HtmlPages.texts(page, "//head/link[@rel='alternate' and @type='image/svg+xml']/@href"))
                .containsExactly(SVG_LINK);
        assertThat(HtmlPages.texts(page, "//head/link[@rel='alternate' and @type='application/pdf']/@href"))
                .containsExactly("/organigramma?format=pdf&ente=cciaa-di-foggia");
        assertThat(HtmlPages.texts(page, "//figure[@class='chart']//object[@type='image/svg+xml']/@data"))
                .containsExactly(SVG_LINK);
        assertThat(HtmlPages.texts(page, "//figure[@class='chart']//object/@aria-label")).singleElement().asString()
                .startsWith("Organigramma della CCIAA di Foggia disegnato: 27 unità");
        assertThat(HtmlPages.texts(page, "//figure[@class='chart']//figcaption/a"))
                .containsExactly("Organigramma (SVG)", "Organigramma (PDF, A3)");
        assertThat(HtmlPages.texts(page, "//figure[@class='chart']//figcaption/a/@type"))
                .containsExactly("image/svg+xml", "application/pdf");
        assertThat(HtmlPages.texts(page, "//nav[@class='tree']//a")).as("the list stays, as the text alternative")
                .hasSize(27);
    }

    @Test
    void theSvgHasOneBoxPerUnitEachLinkedToAPageThatOpens() {
        Document chart = svg(SVG_LINK, null);
        assertThat(HtmlPages.texts(chart, "/svg/title")).singleElement().asString()
                .startsWith("Organigramma – CCIAA di Foggia – Edizione del 1° gennaio 2025 · 27 unità organizzative");
        assertThat(HtmlPages.texts(chart, "/svg/desc")).singleElement().asString().contains("porta alla pagina");
        Set<String> links = new LinkedHashSet<>(HtmlPages.texts(chart, LINKS));
        assertThat(HtmlPages.texts(chart, "//a")).hasSize(27);
        assertThat(links).hasSize(27).contains(ENTE,
                "/data/organization/support-unit/cciaa-di-foggia/ufficio-4-1");
        assertThat(HtmlPages.texts(chart, "//a[@href='/data/organization/support-unit/cciaa-di-foggia/ufficio-4-1']/text"))
                .containsExactly("Ufficio 4.1 REGISTRO IMPRESE 12 attività");
        for (String link : links) {
            assertThat(service.get(link, "text/html").statusCode()).as(link).isEqualTo(200);
        }
    }

    @Test
    void theOrganigramAndTheEntesIriAnswerTheSvgForAcceptAndFormat() {
        List<String[]> asked = List.of(new String[] {"/organigramma", "image/svg+xml"},
                new String[] {"/organigramma", "image/*"},
                new String[] {"/organigramma?ente=cciaa-di-foggia", "text/html;q=0.5, image/svg+xml"},
                new String[] {"/organigramma?format=svg", null},
                new String[] {ENTE, "image/svg+xml"},
                new String[] {ENTE + "?format=svg", "text/html"});
        String first = null;
        for (String[] request : asked) {
            String drawn = HtmlPages.texts(svg(request[0], request[1]), LINKS).toString();
            first = first == null ? drawn : first;
            assertThat(drawn).as(request[0] + " " + request[1]).isEqualTo(first);
        }
    }

    @Test
    void thePdfIsAnA3PageWithTheChartsTextForAcceptAndFormat() throws Exception {
        for (String[] request : List.of(new String[] {"/organigramma", "application/pdf"},
                new String[] {"/organigramma?format=pdf", null}, new String[] {ENTE, "application/pdf"},
                new String[] {ENTE + "?format=pdf", null})) {
            HttpResponse<byte[]> answer = bytes(request[0], request[1]);
            assertThat(answer.statusCode()).as(request[0]).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type")).as(request[0]).contains("application/pdf");
            assertThat(answer.headers().allValues("Vary")).as(request[0]).contains("Accept");
            assertThat(new String(answer.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            try (PDDocument pdf = Loader.loadPDF(answer.body())) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(1);
                assertThat(pdf.getPage(0).getMediaBox().getWidth()).as("A3 landscape, 420 mm").isBetween(1189f, 1192f);
                assertThat(new PDFTextStripper().getText(pdf)).contains("Organigramma – CCIAA di Foggia",
                        "REGISTRO IMPRESE", "Ufficio 4.1");
            }
        }
    }

    @Test
    void pagesDataAndRdfStayAsTheyWereAndOtherTypesAre406() {
        assertThat(service.get("/organigramma", "*/*").headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(service.get("/organigramma", "text/html,application/xhtml+xml,image/avif,image/webp,*/*;q=0.8")
                .headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(service.get("/organigramma", "application/json").headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(service.get("/organigramma", "text/turtle").statusCode()).isEqualTo(303);
        assertThat(service.get(ENTE, "text/html").headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));

        HttpResponse<String> png = service.get("/organigramma", "image/png");
        assertThat(png.statusCode()).isEqualTo(406);
        assertThat(png.body()).contains("image/svg+xml", "application/pdf");
        HttpResponse<String> unit = service.get("/data/organization/support-unit/cciaa-di-foggia/ufficio-4-1",
                "image/svg+xml");
        assertThat(unit.statusCode()).isEqualTo(406);
        assertThat(unit.body()).contains("all'indirizzo dell'ente");
    }

    @Test
    void aNamedEditionIsDrawnWithLinksThatStayInItAndAnUnknownOneIs404() {
        Document chart = svg("/organigramma?format=svg&edizione=cciaa-di-foggia/2025-01-01", null);
        assertThat(HtmlPages.texts(chart, LINKS)).hasSize(27)
                .allSatisfy(href -> assertThat(href).endsWith("?edizione=cciaa-di-foggia%2F2025-01-01"));
        assertThat(service.get("/organigramma?format=svg&edizione=2099-01-01", null).statusCode()).isEqualTo(404);
        assertThat(service.get("/organigramma?edizione=2099-01-01", "application/pdf").statusCode()).isEqualTo(404);
        assertThat(service.get(ENTE + "?format=svg&edizione=2099-01-01", null).statusCode()).isEqualTo(404);
        assertThat(service.get("/organigramma?format=svg&edizione=ieri", null).statusCode()).isEqualTo(400);
    }

    @Test
    void onlyTheSvgMayBeFramedAndOnlyByThisSite() {
        assertThat(service.get(SVG_LINK, null).headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(service.get("/organigramma", "image/svg+xml").headers().firstValue("X-Frame-Options"))
                .contains("DENY");
        assertThat(service.get("/organigramma", "text/html").headers().firstValue("X-Frame-Options")).contains("DENY");
    }
}
