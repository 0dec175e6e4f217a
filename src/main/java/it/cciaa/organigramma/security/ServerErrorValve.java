package it.cciaa.organigramma.security;

import it.cciaa.organigramma.language.Message;
import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The errors Tomcat answers itself, before any filter runs (an encoded slash {@code %2f}, a backslash, a NUL in the
 * path, a malformed request line): in the service's error style instead of Tomcat's own page. Replaces the host's
 * error report valve, after Spring Boot has configured its own.
 */
@Component
class ServerErrorValve implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    /**
     * Tomcat logs a request it cannot parse (headers over the limit, a malformed request line) with its stack trace,
     * at INFO; it is the client's error, so Tomcat's line goes to DEBUG and {@link Report} logs one line instead.
     */
    private static final String PARSE_ERRORS_LOGGING = "org.apache.juli.logging.UserDataHelper.CONFIG";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (System.getProperty(PARSE_ERRORS_LOGGING) == null) {
            System.setProperty(PARSE_ERRORS_LOGGING, "DEBUG_ALL");
        }
        factory.addContextCustomizers(context -> {
            var pipeline = context.getParent().getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new Report());
            if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                host.setErrorReportValveClass(Report.class.getName()); // else the host adds Tomcat's own at start
            }
        });
    }

    /** After Spring Boot's own customizer, which adds the valve this one replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Writes the status and a short reason when nothing else wrote a body; never a stack trace. */
    static final class Report extends ErrorReportValve {
        private static final Logger ACCESS = LoggerFactory.getLogger("access");
        private static final Message UNREADABLE = new Message("Richiesta non ammessa: percorso con ';', '//', '%2f', "
                + "'\\', NUL…, oppure riga di richiesta o intestazioni malformate o oltre 8 KB.", "Request not allowed: "
                + "such a path, or a malformed request line or headers, or over 8 KB of them.");

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int code = response.getStatus();
            if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus status = HttpStatus.resolve(code);
            if (status == null) {
                status = code < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
            }
            Message reason = status == HttpStatus.BAD_REQUEST ? UNREADABLE
                    : new Message("Errore HTTP " + code + ".", status.getReasonPhrase() + ".");
            // The request log's filter never saw this request: this is its one line.
            ACCESS.info("{} {} {} (refused by the server{})", request.getMethod(), request.getRequestURI(), code,
                    throwable == null || throwable.getMessage() == null ? ""
                            : ": " + throwable.getMessage().lines().findFirst().orElse(""));
            RefusalAnswers.Rendered rendered = RefusalAnswers.render(request, status, reason);
            try {
                response.setContentType(rendered.contentType());
                response.setLocale(rendered.language());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(rendered.body());
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the answer already started: nothing more to say
            }
        }
    }
}
