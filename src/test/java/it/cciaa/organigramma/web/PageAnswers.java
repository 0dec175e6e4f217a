package it.cciaa.organigramma.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The checks every page test makes on an answer of the running service, before reading what it says. */
public final class PageAnswers {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private PageAnswers() {}

    /** A page answered 200 as well-formed HTML in Italian, with one h1, captioned tables and Vary: Accept. */
    public static Document page(LiveService service, String path) {
        HttpResponse<String> answer = service.get(path, "text/html");
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).as(path)
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(answer.headers().allValues("Vary")).as(path).contains("Accept");
        Document page = HtmlPages.parse(answer.body());
        assertThat(HtmlPages.texts(page, "//h1")).as(path).hasSize(1);
        assertThat(HtmlPages.texts(page, "/html/@lang")).containsExactly("it");
        assertThat(HtmlPages.texts(page, "//table[not(caption)]")).as(path + ": tables without caption").isEmpty();
        return page;
    }

    /** Page data answered 200 as JSON with Vary: Accept. */
    public static JsonNode json(LiveService service, String path, String accept) {
        HttpResponse<String> answer = service.get(path, accept);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).as(path)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(answer.headers().allValues("Vary")).as(path).contains("Accept");
        return JSON.readTree(answer.body());
    }
}
