package it.cciaa.organigramma.language;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;

/**
 * A message a person reads, in Italian and, where it was written, in English: the request's {@code Accept-Language}
 * chooses, Italian when it names neither or when the English text does not exist. The service's code writes its
 * reasons as one string, {@code "italiano / English"} ({@link #SEPARATOR}), because they travel inside exceptions
 * ({@code ResponseStatusException}'s reason) to the one place that answers; {@link #of(String)} reads that form.
 *
 * <pre>{@code
 * Message reason = Message.of("Parametro mancante / missing parameter");
 * String text = reason.text(Message.language(request)); // "Parametro mancante" unless Accept-Language: en
 * }</pre>
 */
public record Message(String italian, String english) {
    /** Between the Italian and the English text of a reason written as one string. */
    public static final String SEPARATOR = " / ";

    /** The languages the service writes in, the default first. */
    private static final List<String> LANGUAGES = List.of("it", "en");

    /** Request attribute: the language of the answer, once a message was chosen for it ({@code web/AnswerLanguage}). */
    public static final String LANGUAGE_ATTRIBUTE = Message.class.getName() + ".language";

    public Message {
        if (italian == null || italian.isBlank()) {
            throw new IllegalArgumentException("a message needs its Italian text");
        }
    }

    /** A message that exists only in Italian. */
    public static Message italian(String italian) {
        return new Message(italian, null);
    }

    /** A reason written as {@code "italiano / English"}; without the separator, Italian only. */
    public static Message of(String reason) {
        int separator = reason.indexOf(SEPARATOR);
        if (separator <= 0 || separator + SEPARATOR.length() >= reason.length()) {
            return italian(reason);
        }
        return new Message(reason.substring(0, separator).strip(),
                reason.substring(separator + SEPARATOR.length()).strip());
    }

    /** The language an {@code Accept-Language} header prefers among the service's (Italian when it names none). */
    public static Locale preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ITALIAN;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) { // by weight, best first
                String language = range.getRange().split("-", 2)[0];
                if (range.getWeight() > 0 && (language.equals("*") || LANGUAGES.contains(language))) {
                    return language.equals("*") ? Locale.ITALIAN : Locale.forLanguageTag(language);
                }
            }
        } catch (IllegalArgumentException unreadable) {
            return Locale.ITALIAN;
        }
        return Locale.ITALIAN;
    }

    /** The language the request prefers among the service's. */
    public static Locale preferred(HttpServletRequest request) {
        return preferred(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The language this message is sent in to someone who prefers {@code preferred}. */
    public Locale language(Locale preferred) {
        return english != null && preferred.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ITALIAN;
    }

    /** The text in {@code language}: English when asked for and written, Italian otherwise. */
    public String text(Locale language) {
        return language(language).equals(Locale.ENGLISH) ? english : italian;
    }

    /**
     * Records on the request the language its answer is sent in, so that {@code Content-Language} says it when Spring
     * MVC renders the page ({@code web/AnswerLanguage}).
     */
    public static void answerIn(HttpServletRequest request, Locale language) {
        request.setAttribute(LANGUAGE_ATTRIBUTE, language);
    }

    /**
     * The text for this request, in the language it prefers when written in it; the response says which
     * ({@code Content-Language}).
     */
    public String textFor(HttpServletRequest request, HttpServletResponse response) {
        Locale language = language(preferred(request));
        answerIn(request, language);
        response.setLocale(language);
        return text(language);
    }
}
