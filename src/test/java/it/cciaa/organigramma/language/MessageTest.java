package it.cciaa.organigramma.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class MessageTest {
    private static final Message MISSING = new Message("Parametro mancante", "Missing parameter");

    @Test
    void italianIsTheDefaultWhenNoLanguageIsAsked() {
        assertThat(Message.preferred((String) null)).isEqualTo(Locale.ITALIAN);
        assertThat(Message.preferred("")).isEqualTo(Locale.ITALIAN);
        assertThat(MISSING.text(Message.preferred((String) null))).isEqualTo("Parametro mancante");
    }

    @Test
    void englishIsChosenWhenAcceptLanguagePrefersIt() {
        assertThat(Message.preferred("en-GB,en;q=0.9,it;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(MISSING.text(Message.preferred("en-US"))).isEqualTo("Missing parameter");
    }

    @Test
    void italianWinsWhenPreferredOrWhenNeitherLanguageIsNamed() {
        assertThat(Message.preferred("it-IT,en;q=0.8")).isEqualTo(Locale.ITALIAN);
        assertThat(Message.preferred("en;q=0.3,it;q=0.9")).isEqualTo(Locale.ITALIAN);
        assertThat(Message.preferred("de-DE,fr;q=0.8")).isEqualTo(Locale.ITALIAN);
        assertThat(Message.preferred("de,en;q=0.5")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anUnreadableHeaderIsReadAsNone() {
        assertThat(Message.preferred("en;q=zzz")).isEqualTo(Locale.ITALIAN);
    }

    @Test
    void aMessageWithoutEnglishIsSentInItalianToEveryone() {
        Message italianOnly = Message.italian("Solo in italiano");
        assertThat(italianOnly.language(Locale.ENGLISH)).isEqualTo(Locale.ITALIAN);
        assertThat(italianOnly.text(Locale.ENGLISH)).isEqualTo("Solo in italiano");
    }

    @Test
    void aReasonWrittenInBothLanguagesIsSplitAtTheSeparator() {
        Message read = Message.of("Risorsa sconosciuta: https://x.org/a / unknown resource: https://x.org/a");
        assertThat(read).isEqualTo(new Message("Risorsa sconosciuta: https://x.org/a",
                "unknown resource: https://x.org/a"));
        assertThat(Message.of("Solo italiano")).isEqualTo(Message.italian("Solo italiano"));
        assertThat(Message.of("Testo / ")).isEqualTo(Message.italian("Testo / "));
    }

    @Test
    void aMessageNeedsItsItalianText() {
        assertThatThrownBy(() -> new Message(" ", "English only")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTextForARequestSetsTheAnswersLanguage() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", "en");
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(MISSING.textFor(request, response)).isEqualTo("Missing parameter");
        assertThat(response.getHeader("Content-Language")).isEqualTo("en");
        assertThat(request.getAttribute(Message.LANGUAGE_ATTRIBUTE)).isEqualTo(Locale.ENGLISH);
    }
}
