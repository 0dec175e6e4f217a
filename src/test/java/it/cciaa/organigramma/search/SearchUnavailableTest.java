package it.cciaa.organigramma.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cciaa.organigramma.linkeddata.LinkedDataLinks;
import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.store.KgProperties;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ConcurrentModel;
import org.springframework.web.server.ResponseStatusException;

/** Before the index is first built, the page and the API say so with 503 and when to try again. */
class SearchUnavailableTest {
    private final SearchIndex unbuilt = new SearchIndex(null);

    @Test
    void theSearchPageAnswers503WithAMessage() {
        SearchPageController controller = controller();
        MockHttpServletResponse response = new MockHttpServletResponse();
        ConcurrentModel model = new ConcurrentModel();
        Object view = controller.page("tributi", null, null, null, null, null, model,
                new MockHttpServletRequest("GET", "/cerca"), response);
        assertThat(view).isEqualTo("search/search");
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat((String) model.getAttribute("problem")).contains("indice di ricerca è in preparazione");
        assertThat(model.getAttribute("results")).isNull();
    }

    @Test
    void thePagesJsonAndCsvAnswer503WithRetryAfter() {
        SearchPageController controller = controller();
        for (String accept : new String[] {"application/json", "text/csv"}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            assertThatThrownBy(() -> controller.page("tributi", null, null, null, null, accept, new ConcurrentModel(),
                    new MockHttpServletRequest("GET", "/cerca"), response))
                    .isInstanceOfSatisfying(ResponseStatusException.class, e -> assertThat(e.getStatusCode())
                            .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
            assertThat(response.getHeader("Retry-After")).as(accept).isEqualTo("5");
        }
    }

    @Test
    void theApiAnswers503WithAProblemDetail() {
        SearchApiController controller = new SearchApiController(unbuilt);
        assertThatThrownBy(() -> controller.search("tributi", null, null, null, null))
                .isInstanceOfSatisfying(SearchUnavailableException.class, e -> {
                    MockHttpServletResponse response = new MockHttpServletResponse();
                    ResponseEntity<ProblemDetail> answer = controller.unavailable(e, new MockHttpServletRequest(),
                            response);
                    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
                    assertThat(answer.getBody().getDetail()).isEqualTo("L'indice di ricerca è in preparazione: "
                            + "riprova tra qualche secondo");
                    assertThat(response.getHeader("Content-Language")).isEqualTo("it");
                    MockHttpServletRequest english = new MockHttpServletRequest();
                    english.addHeader("Accept-Language", "en-GB,en;q=0.9");
                    assertThat(controller.unavailable(e, english, new MockHttpServletResponse()).getBody()
                            .getDetail()).isEqualTo("the search index is being built: try again in a few seconds");
                });
    }

    private SearchPageController controller() {
        KgProperties properties = new KgProperties("https://w3id.org/organigramma-kg", Path.of("run"), "", "", "", "",
                "", "", Duration.ofSeconds(10), Duration.ofSeconds(60), 10_000, 16_777_216L, null, null);
        return new SearchPageController(unbuilt, new LinkedDataLinks(properties),
                new SearchQueries(null, NamedQueries.load()));
    }
}
