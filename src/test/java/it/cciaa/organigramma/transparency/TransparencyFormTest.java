package it.cciaa.organigramma.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

/** Which form of the transparency table a request gets, by {@code ?format=} and by {@code Accept}. */
class TransparencyFormTest {

    @Test
    void browsersAndWildcardsGetThePageProgramsTheFormTheyName() {
        assertThat(TransparencyForm.of(null, null)).isEqualTo(TransparencyForm.HTML);
        assertThat(TransparencyForm.of(null, "*/*")).isEqualTo(TransparencyForm.HTML);
        assertThat(TransparencyForm.of(null, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"))
                .isEqualTo(TransparencyForm.HTML);
        assertThat(TransparencyForm.of(null, "text/csv")).isEqualTo(TransparencyForm.CSV);
        assertThat(TransparencyForm.of(null, "application/vnd.oasis.opendocument.spreadsheet"))
                .isEqualTo(TransparencyForm.ODS);
        assertThat(TransparencyForm.of(null, "application/json")).isEqualTo(TransparencyForm.JSON);
        assertThat(TransparencyForm.of(null, "text/csv;q=0.5, application/json")).isEqualTo(TransparencyForm.JSON);
        assertThat(TransparencyForm.of(null, "text/html;q=0, text/csv;q=0.1")).isEqualTo(TransparencyForm.CSV);
    }

    @Test
    void theFormatParameterWinsOverAccept() {
        assertThat(TransparencyForm.of("ODS", "text/html")).isEqualTo(TransparencyForm.ODS);
        assertThat(TransparencyForm.of("csv", "application/json")).isEqualTo(TransparencyForm.CSV);
        assertThat(TransparencyForm.of(" json ", null)).isEqualTo(TransparencyForm.JSON);
    }

    @Test
    void anythingElseIs406NamingTheFormsInItalian() {
        for (String[] request : new String[][] {{"xlsx", null}, {null, "image/png"}, {null, "not a type"}}) {
            assertThatThrownBy(() -> TransparencyForm.of(request[0], request[1]))
                    .isInstanceOfSatisfying(ResponseStatusException.class, refusal -> {
                        assertThat(refusal.getStatusCode().value()).isEqualTo(406);
                        assertThat(refusal.getReason()).startsWith("Formati disponibili")
                                .contains("format=html|json|csv|ods");
                    });
        }
    }
}
