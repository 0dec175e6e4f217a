package it.cciaa.organigramma.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import it.cciaa.organigramma.web.HtmlPages;
import it.cciaa.organigramma.web.LiveService;
import it.cciaa.organigramma.web.PageAnswers;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/**
 * The validation report of the live service's edition 2025-01-01 at its graph's IRI path: a page for people, JSON
 * with the same grouping, and the graph itself in RDF. The tests that read the report need the publication to have
 * stored it; they are skipped (not failed) on a store without it, and the answers for unknown reports always run.
 */
class ReportHttpIT {
    private static final String PATH = "/graph/validazione/cciaa-di-foggia/2025-01-01";
    private static final String SHACL = "http://www.w3.org/ns/shacl#";

    private final LiveService service = LiveService.get();

    private void assumeTheReportIsStored() {
        assumeTrue(service.get(PATH + "?format=turtle", null).statusCode() == 200,
                "the store holds no report for 2025-01-01 (the publication does not store it yet)");
    }

    @Test
    void thePageShowsCountsAndEveryResultByUnitAndByRuleInItalianAndEnglish() {
        assumeTheReportIsStored();
        Document page = PageAnswers.page(service, PATH);
        assertThat(HtmlPages.texts(page, "//h1")).containsExactly("Validazione dell'edizione del 1° gennaio 2025 – CCIAA di Foggia");
        assertThat(HtmlPages.texts(page, "//h2")).contains("Esito", "Risultati per unità organizzativa",
                "Risultati per regola");
        assertThat(HtmlPages.texts(page, "//table[@class='severity-counts']/tbody/tr/th"))
                .containsExactly("Violation", "Warning", "Info");
        JsonNode json = PageAnswers.json(service, PATH, "application/json");
        List<String> counts = HtmlPages.texts(page, "//table[@class='severity-counts']/tbody/tr/td[1]");
        assertThat(counts).containsExactly(json.get("violations").asString(), json.get("warnings").asString(),
                json.get("infos").asString());
        long total = json.get("violations").asLong() + json.get("warnings").asLong() + json.get("infos").asLong();
        assertThat(total).isPositive();
        String byUnit = "//section[@aria-labelledby='report-by-unit']//table[@class='validation-results']/tbody/tr";
        String byRule = "//section[@aria-labelledby='report-by-rule']//table[@class='validation-results']/tbody/tr";
        assertThat(HtmlPages.texts(page, byUnit)).hasSize((int) total);
        assertThat(HtmlPages.texts(page, byRule)).hasSize((int) total);
        assertThat(HtmlPages.texts(page, byUnit + "/td[3]/p[@lang='it']")).hasSize((int) total)
                .allSatisfy(message -> assertThat(message).isNotBlank());
        assertThat(HtmlPages.texts(page, byUnit + "/td[3]/p[@lang='en']")).hasSize((int) total);
        assertThat(HtmlPages.texts(page, byUnit + "/td[4]/a/@href")).isNotEmpty()
                .allSatisfy(href -> assertThat(href).startsWith("/"));
        assertThat(HtmlPages.texts(page, "//a/@href"))
                .contains("/data/organization/support-unit/cciaa-di-foggia/ufficio-3-3");
        assertThat(HtmlPages.texts(page, "//nav[@class='formats']//a/@href")).contains(PATH + "?format=turtle");
    }

    @Test
    void theJsonGroupsTheResultsAsThePageDoes() {
        assumeTheReportIsStored();
        JsonNode report = PageAnswers.json(service, PATH + "?format=json", null);
        assertThat(report.get("violations").asLong()).isZero(); // a published edition has none
        assertThat(report.get("publishable").asBoolean()).isTrue();
        assertThat(report.get("created").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
        long total = report.get("warnings").asLong() + report.get("infos").asLong();
        for (String grouping : List.of("byUnit", "byRule")) {
            long results = 0;
            for (JsonNode group : report.get(grouping)) {
                assertThat(group.get("label").asString()).isNotBlank();
                for (JsonNode result : group.get("results")) {
                    assertThat(result.get("messageIt").asString()).isNotBlank();
                    assertThat(result.get("messageEn").asString()).isNotBlank();
                    results++;
                }
            }
            assertThat(results).as(grouping).isEqualTo(total);
        }
        JsonNode marker = null;
        for (JsonNode rule : report.get("byRule")) {
            if (rule.get("iri").asString().endsWith("/Competence_markerWithoutQualifier")) {
                marker = rule;
            }
        }
        assertThat(marker).isNotNull();
        assertThat(marker.get("results")).hasSize(2);
        assertThat(marker.get("results").get(0).get("unit").asString()).endsWith("/ufficio-3-3");
        assertThat(marker.get("results").get(0).get("sourceLine").isInt()).isTrue();
    }

    @Test
    void theRdfFormsOfTheSameIriAreStillTheGraph() {
        assumeTheReportIsStored();
        HttpResponse<String> turtle = service.get(PATH, "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/turtle"));
        Model graph = ModelFactory.createDefaultModel();
        RDFDataMgr.read(graph, new StringReader(turtle.body()), null, Lang.TURTLE);
        assertThat(graph.listSubjectsWithProperty(RDF.type, graph.createResource(SHACL + "ValidationReport")).toList())
                .hasSize(1);
        HttpResponse<String> jsonld = service.get(PATH + "?format=jsonld", null);
        assertThat(jsonld.statusCode()).isEqualTo(200);
        Model fromJsonld = ModelFactory.createDefaultModel();
        RDFDataMgr.read(fromJsonld, new StringReader(jsonld.body()), null, Lang.JSONLD);
        assertThat(fromJsonld.isIsomorphicWith(graph)).isTrue();
    }

    @Test
    void anEditionWithoutAReportIsNotFoundInEveryRepresentation() {
        String unknown = "/graph/validazione/cciaa-di-foggia/1999-01-01";
        HttpResponse<String> page = service.get(unknown, "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Nessun rapporto di validazione").doesNotContain("Exception");
        HttpResponse<String> json = service.get(unknown + "?format=json", "application/json");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(service.get(unknown, "text/turtle").statusCode()).isEqualTo(404);
        assertThat(service.get("/graph/validazione/cciaa-di-foggia/ultima", "text/html").statusCode()).isEqualTo(404);
        assertThat(service.get("/graph/validazione/Cciaa_Foggia/2025-01-01", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void aTypeTheServiceCannotServeIsNotAcceptable() {
        assertThat(service.get(PATH, "image/png").statusCode()).isEqualTo(406);
    }
}
