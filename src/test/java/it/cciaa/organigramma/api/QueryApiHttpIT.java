package it.cciaa.organigramma.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.web.LiveService;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.junit.jupiter.api.Test;

/** The query library as an API, and its OpenAPI description. */
class QueryApiHttpIT {
    private final LiveService service = LiveService.get();

    @Test
    void runsALibraryQueryInEveryFormat() {
        HttpResponse<String> json = service.get("/api/queries/organigram/units", "application/json");
        assertThat(json.statusCode()).isEqualTo(200);
        JsonArray rows = JSON.parseAny(json.body()).getAsArray();
        assertThat(rows).hasSize(27);
        assertThat(rows.get(0).getAsObject().keys()).contains("unit", "kind", "name");

        HttpResponse<String> sparqlJson = service.get("/api/queries/taxonomy/processes", "application/sparql-results+json");
        ResultSet results = ResultSetFactory.fromJSON(new ByteArrayInputStream(sparqlJson.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(results.getResultVars()).containsExactly("notation", "level", "label", "broader");

        HttpResponse<String> csv = service.get("/api/queries/organigram/assignments?format=csv", null);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst()).contains("unit,activity,qualifier,sourceLine");
        assertThat(csv.body().lines().count()).isEqualTo(296);
        HttpResponse<String> tsv = service.get("/api/queries/law/citations", "text/tab-separated-values");
        assertThat(tsv.body().lines().findFirst()).contains("?law\t?title\t?cites\t?sourceLine");
    }

    @Test
    void bindsParametersAndRefusesBadOnes() {
        String catalogue = URLEncoder.encode(service.iri("/data/catalogo"), StandardCharsets.UTF_8);
        HttpResponse<String> bound = service.get("/api/queries/store/catalogue-modified?catalogue=" + catalogue, null);
        assertThat(bound.statusCode()).isEqualTo(200);
        assertThat(JSON.parseAny(bound.body()).getAsArray().get(0).getAsObject().keys()).contains("modified");

        assertThat(service.get("/api/queries/store/catalogue-modified", null).statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = service.get("/api/queries/organigram/units?unita=1", null);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("unita");
        assertThat(service.get("/api/queries/store/catalogue-modified?catalogue=http://bad%20iri", null).statusCode())
                .isEqualTo(400);
        assertThat(service.get("/api/queries/organigram/units?format=xlsx", null).statusCode()).isEqualTo(400);
        assertThat(service.get("/api/queries/no/such", null).statusCode()).isEqualTo(404);
        assertThat(service.get("/api/queries/organigram/units", "image/png").statusCode()).isEqualTo(406);
    }

    @Test
    void listsTheLibraryAndDescribesItInOpenApi() {
        JsonArray library = JSON.parseAny(service.get("/api/queries", "application/json").body()).getAsArray();
        assertThat(library.stream().map(q -> q.getAsObject().getString("name"))).contains("organigram/units",
                "taxonomy/processes", "organigram/assignments", "organigram/declared-processes", "law/citations");
        HttpResponse<String> openApi = service.get("/v3/api-docs", "application/json");
        assertThat(openApi.statusCode()).isEqualTo(200);
        var paths = JSON.parse(openApi.body()).get("paths").getAsObject();
        assertThat(paths.keys()).contains("/api/queries/organigram/units", "/api/queries/store/catalogue-modified");
        assertThat(paths.get("/api/queries/store/catalogue-modified").getAsObject().get("get").getAsObject()
                .get("parameters").getAsArray().get(0).getAsObject().getString("name")).isEqualTo("catalogue");
        HttpResponse<String> ui = service.get("/api-docs", "text/html");
        assertThat(ui.statusCode()).isEqualTo(200);
    }

    @Test
    void answersCorsForReads() {
        HttpResponse<String> answer = service.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(service.url("/api/queries/organigram/units"))).header("Origin", "https://example.org").build());
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    }
}
