package it.cciaa.organigramma.sparql;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes answers and refusals on the HTTP response: the body in full, its type, and the truncation headers. */
final class AnswerSender {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerSender.class);
    /** Set when an answer was cut: {@code rows} or {@code bytes}. */
    static final String TRUNCATED = "X-Result-Truncated";
    /** The limit that cut the answer: rows (or triples), or bytes. */
    static final String LIMIT = "X-Result-Limit";

    private AnswerSender() {}

    static void send(WrittenAnswer answer, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_OK);
        answer.cut().ifPresent(cut -> {
            response.setHeader(TRUNCATED, cut);
            response.setHeader(LIMIT, Long.toString(answer.limit()));
        });
        write(response, answer.format().mediaType() + ";charset=utf-8", answer.body());
    }

    /** A refusal as plain text: the status and the message, never a stack trace. */
    static void sendMessage(SparqlRequestException refusal, HttpServletResponse response) {
        response.setStatus(refusal.status().value());
        if (refusal.status() == org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE
                || refusal.status() == org.springframework.http.HttpStatus.TOO_MANY_REQUESTS) {
            response.setHeader("Retry-After", "10");
        }
        write(response, "text/plain;charset=utf-8", (refusal.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void write(HttpServletResponse response, String contentType, byte[] body) {
        response.setContentType(contentType);
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
        } catch (IOException clientGone) {
            // the client closed the connection before the whole answer reached it: nobody left to answer
            LOG.debug("The client left before its answer was sent: {}", clientGone.toString());
        }
    }
}
