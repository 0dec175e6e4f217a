package it.cciaa.organigramma.api;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.web.HtmlPages;
import it.cciaa.organigramma.web.LiveService;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The API's documentation page on the running service: every operation of the OpenAPI document, in Italian. */
class ApiOperationsPageHttpIT {
    private final LiveService service = LiveService.get();

    @Test
    void listsEveryPathOfTheOpenApiDocument() {
        HttpResponse<String> answer = service.get("/api-docs", "text/html");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Language")).hasValue("it");
        Document page = HtmlPages.parse(answer.body());
        List<String> listed = HtmlPages.texts(page, "//main//h3/code");

        var paths = JSON.parse(service.get("/v3/api-docs", "application/json").body()).get("paths").getAsObject();
        assertThat(paths.keys()).isNotEmpty().allSatisfy(path -> assertThat(listed).contains(path));
        assertThat(HtmlPages.texts(page, "//main//h2")).contains("Gruppi di operazioni");
    }

    @Test
    void describesParametersAndLetsParameterlessReadsBeTried() {
        Document page = HtmlPages.parse(service.get("/api-docs", "text/html").body());
        assertThat(HtmlPages.texts(page, "//main//table//th[@scope='row']")).contains("catalogue", "format");
        assertThat(HtmlPages.texts(page, "//main//a/@href")).contains("/api/queries/organigram/units", "/v3/api-docs")
                .doesNotContain("/api/queries/store/catalogue-modified");
        assertThat(service.get("/api/queries/organigram/units", null).statusCode()).isEqualTo(200);
    }
}
