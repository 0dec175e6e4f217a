package it.cciaa.organigramma.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import it.cciaa.organigramma.web.ErrorForm;
import it.cciaa.organigramma.web.ErrorHeadings;
import it.cciaa.organigramma.language.Message;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The security layer's refusals in the service's error style ({@code web/ErrorAnswers}): a small page for browsers,
 * RFC 9457 problem JSON for JSON clients, a line of text otherwise. They say no more than the status: a 401 is the
 * same whether the user is unknown, the password wrong or the credentials missing; a rejected path is not echoed.
 */
final class RefusalAnswers implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {
    static final String REALM = "Organigramma KG";
    static final Message UNAUTHORIZED = new Message("Autenticazione richiesta: credenziali mancanti o non valide.",
            "Authentication required: missing or invalid credentials.");
    static final Message FORBIDDEN = new Message("Operazione non consentita a questo utente.",
            "Operation not allowed for this user.");
    static final Message CROSS_SITE = new Message("Scrittura da un'altra origine rifiutata.",
            "Write from another origin refused.");
    static final Message REJECTED = new Message("Percorso o richiesta non ammessi (';', '//', '/./', '%2e', '%2f', "
            + "'\\'…).", "Request path not allowed.");

    /** 429: too many failed logins from the client or for the user name; no password was checked. */
    static Message tooManyFailures(long seconds) {
        return new Message("Troppi accessi non riusciti da questo indirizzo o con questo nome utente: riprovare fra "
                + seconds + " s.", "Too many failed logins from this address or for this user name: try again in "
                + seconds + " s.");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        send(request, response, HttpStatus.UNAUTHORIZED, UNAUTHORIZED);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        send(request, response, HttpStatus.FORBIDDEN, FORBIDDEN);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        send(request, response, HttpStatus.BAD_REQUEST, REJECTED);
    }

    /** Writes a refusal; nothing is cached and the connection stays usable. */
    static void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status, Message reason)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status.value());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Rendered rendered = render(request, status, reason);
        response.setContentType(rendered.contentType());
        response.setLocale(rendered.language());
        byte[] bytes = rendered.body().getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
        response.flushBuffer();
    }

    /** A refusal's body, its type as the request's {@code Accept} asks, and its language. */
    record Rendered(String contentType, String body, Locale language) {}

    static Rendered render(HttpServletRequest request, HttpStatus status, Message refusal) {
        Message title = ErrorHeadings.of(status.value());
        Locale language = refusal.language(Message.preferred(request));
        String reason = refusal.text(language);
        ErrorForm form = ErrorForm.of(request.getHeader(HttpHeaders.ACCEPT));
        if (form == ErrorForm.HTML) {
            return new Rendered("text/html;charset=UTF-8", page(status, title.text(language), reason, language),
                    language);
        }
        if (form == ErrorForm.JSON) {
            return new Rendered(MediaType.APPLICATION_PROBLEM_JSON_VALUE, "{\"type\":\"about:blank\",\"title\":\""
                    + status.getReasonPhrase() + "\",\"status\":" + status.value() + ",\"detail\":\""
                    + reason.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}", language);
        }
        return new Rendered("text/plain;charset=UTF-8", status.value() + " " + reason + "\n", language);
    }

    private static String page(HttpStatus status, String title, String reason, Locale language) {
        boolean english = language.equals(Locale.ENGLISH);
        return "<!DOCTYPE html>\n<html lang=\"" + language.getLanguage()
                + "\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
                + "  <meta charset=\"utf-8\"/>\n  <title>" + title + " · Organigramma KG</title>\n"
                + "  <link rel=\"stylesheet\" href=\"/css/site.css\"/>\n</head>\n<body>\n<main id=\"main\">\n"
                + "  <h1>" + title + "</h1>\n  <p>" + escape(reason) + "</p>\n"
                + "  <p class=\"muted\">" + (english ? "HTTP status " : "Codice HTTP ") + status.value() + "</p>\n"
                + "  <p><a href=\"/\">" + (english ? "Back to the home page" : "Torna alla pagina iniziale")
                + "</a></p>\n</main>\n</body>\n</html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
