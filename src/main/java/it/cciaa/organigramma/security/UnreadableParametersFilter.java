package it.cciaa.organigramma.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import it.cciaa.organigramma.language.Message;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the request's parameters (query string and form) once, before anything else does, and refuses in the
 * service's style those Tomcat cannot read: an invalid percent-escape or UTF-8 sequence, more parameters than
 * {@code server.tomcat.max-parameter-count} (400), a form over {@code server.tomcat.max-http-form-post-size} (413).
 * Otherwise any handler or filter that asks for a parameter would fail, some with a 500. Multipart bodies are left to
 * Spring's multipart resolver, whose limits {@code web/ErrorAnswers} answers. The request log's line is the only
 * trace of a refusal: it is the client's error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UnreadableParametersFilter extends OncePerRequestFilter {
    private final int maxParameters;
    private final DataSize maxFormSize;

    UnreadableParametersFilter(@Value("${server.tomcat.max-parameter-count:1000}") int maxParameters,
            @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize maxFormSize) {
        this.maxParameters = maxParameters;
        this.maxFormSize = maxFormSize;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            try {
                request.getParameterMap();
            } catch (IllegalStateException unreadable) { // Tomcat's InvalidParameterException, or a stream gone
                HttpStatus status = unreadable instanceof InvalidParameterException invalid
                        && invalid.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()
                        ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
                RefusalAnswers.send(request, response, status, status == HttpStatus.CONTENT_TOO_LARGE
                        ? new Message("Modulo troppo grande: al massimo " + maxFormSize.toMegabytes() + " MB.",
                                "Form too large: at most " + maxFormSize.toMegabytes() + " MB.")
                        : new Message("Parametri della richiesta non leggibili: codifica percentuale o UTF-8 non "
                                + "valida, o più di " + maxParameters + " parametri.", "Request parameters cannot be "
                                + "read: invalid percent-encoding or UTF-8, or more than " + maxParameters
                                + " parameters."));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
