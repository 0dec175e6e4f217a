package it.cciaa.organigramma.web;

import static org.assertj.core.api.Assertions.assertThat;

import it.cciaa.organigramma.language.Message;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class AnswerLanguageTest {
    private final AnswerLanguage language = new AnswerLanguage();

    @Test
    void everyAnswerIsItalianUnlessAnEnglishMessageWasSent() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "en");
        MockHttpServletResponse response = new MockHttpServletResponse();
        language.doFilter(request, response, new MockFilterChain());
        assertThat(response.getHeader("Content-Language")).isEqualTo("it");
        assertThat(language.resolveLocale(request)).isEqualTo(Locale.ITALIAN);

        new Message("Parametro mancante", "Missing parameter").textFor(request, response);
        assertThat(language.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
        assertThat(response.getHeader("Content-Language")).isEqualTo("en");
    }
}
