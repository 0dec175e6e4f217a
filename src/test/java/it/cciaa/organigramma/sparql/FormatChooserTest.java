package it.cciaa.organigramma.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Content negotiation of the endpoint: the format parameter, then Accept by quality and specificity. */
class FormatChooserTest {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static AnswerFormat results(String format, String accept) {
        return FormatChooser.choose(format, accept, AnswerFormat.FOR_RESULTS, "a SELECT query");
    }

    private static AnswerFormat graphs(String format, String accept) {
        return FormatChooser.choose(format, accept, AnswerFormat.FOR_GRAPHS, "a CONSTRUCT query");
    }

    @Test
    void answersJsonResultsAndTurtleGraphsByDefault() {
        assertThat(results(null, null)).isEqualTo(AnswerFormat.JSON);
        assertThat(results(null, "*/*")).isEqualTo(AnswerFormat.JSON);
        assertThat(graphs(null, "")).isEqualTo(AnswerFormat.TURTLE);
        assertThat(graphs(null, "*/*")).isEqualTo(AnswerFormat.TURTLE);
    }

    @Test
    void givesBrowsersThePage() {
        assertThat(results(null, BROWSER)).isEqualTo(AnswerFormat.HTML);
        assertThat(graphs(null, BROWSER)).isEqualTo(AnswerFormat.HTML);
        assertThat(FormatChooser.choose(null, BROWSER, AnswerFormat.FOR_DESCRIPTION, "d")).isEqualTo(AnswerFormat.HTML);
        assertThat(FormatChooser.choose(null, "*/*", AnswerFormat.FOR_DESCRIPTION, "d")).isEqualTo(AnswerFormat.TURTLE);
    }

    @Test
    void followsTheQualitiesOfTheAcceptHeader() {
        assertThat(results(null, "text/csv")).isEqualTo(AnswerFormat.CSV);
        assertThat(results(null, "application/sparql-results+json;q=0.5, text/tab-separated-values"))
                .isEqualTo(AnswerFormat.TSV);
        assertThat(results(null, "application/sparql-results+xml, */*;q=0.1")).isEqualTo(AnswerFormat.XML);
        assertThat(results(null, "text/csv;q=0.5, text/tab-separated-values")).isEqualTo(AnswerFormat.TSV);
        assertThat(results(null, "text/*, text/csv;q=0, text/xml;q=0, text/html;q=0")).isEqualTo(AnswerFormat.TSV);
        assertThat(graphs(null, "application/ld+json")).isEqualTo(AnswerFormat.JSONLD);
        assertThat(graphs(null, "application/n-triples, text/turtle;q=0.9")).isEqualTo(AnswerFormat.NTRIPLES);
    }

    @Test
    void theFormatParameterWinsOverAccept() {
        assertThat(results("csv", BROWSER)).isEqualTo(AnswerFormat.CSV);
        assertThat(graphs("rdfxml", "text/turtle")).isEqualTo(AnswerFormat.RDFXML);
    }

    @Test
    void answers406ForATypeTheQueryCannotHaveAnd400ForAnUnknownFormat() {
        assertThatThrownBy(() -> results(null, "image/png")).isInstanceOf(SparqlRequestException.class)
                .satisfies(e -> assertThat(((SparqlRequestException) e).status()).isEqualTo(HttpStatus.NOT_ACCEPTABLE))
                .hasMessageContaining("application/sparql-results+json");
        assertThatThrownBy(() -> graphs(null, "application/sparql-results+json"))
                .satisfies(e -> assertThat(((SparqlRequestException) e).status()).isEqualTo(HttpStatus.NOT_ACCEPTABLE));
        assertThatThrownBy(() -> graphs("csv", null))
                .satisfies(e -> assertThat(((SparqlRequestException) e).status()).isEqualTo(HttpStatus.NOT_ACCEPTABLE));
        assertThatThrownBy(() -> results("excel", null))
                .satisfies(e -> assertThat(((SparqlRequestException) e).status()).isEqualTo(HttpStatus.BAD_REQUEST));
    }
}
