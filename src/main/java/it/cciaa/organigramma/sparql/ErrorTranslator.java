package it.cciaa.organigramma.sparql;

import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * Turns what went wrong between this service and the store into an answer for the client: 503 when the query was
 * stopped at the time limit (whoever stopped it), 502 when the store is unreachable or answered badly. The store's
 * address and messages stay in the log.
 */
final class ErrorTranslator {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorTranslator.class);

    private final Duration timeout;

    ErrorTranslator(Duration timeout) {
        this.timeout = timeout;
    }

    /** The answer to a query stopped at the time limit. */
    SparqlRequestException stopped() {
        String limit = seconds(timeout);
        return new SparqlRequestException(HttpStatus.SERVICE_UNAVAILABLE, "Query interrotta dopo " + limit
                + ": semplificarla o restringerla (LIMIT, filtri, un solo GRAPH). / query stopped after " + limit
                + ": simplify or narrow it (LIMIT, filters, one GRAPH).");
    }

    /** The answer to a failure of the store call, {@code elapsed} after it started. */
    SparqlRequestException translate(Throwable failure, Duration elapsed) {
        boolean atTimeLimit = elapsed.compareTo(timeout.multipliedBy(9).dividedBy(10)) >= 0;
        if (failure instanceof QueryCancelledException || causedBy(failure, HttpTimeoutException.class)) {
            return stopped();
        }
        if (failure instanceof QueryExceptionHTTP http && http.getStatusCode() > 0) {
            if (http.getStatusCode() == 503 && atTimeLimit) {
                return stopped();
            }
            String body = http.getResponseBody() == null ? "" : http.getResponseBody();
            if (body.contains("estimated execution time")) { // Virtuoso refuses, before running, what it cannot finish
                return stopped();
            }
            if (body.startsWith("Virtuoso 37000")) { // its SPARQL compiler's refusal of a query it cannot plan
                String reason = body.lines().findFirst().orElse("").strip();
                return new SparqlRequestException(HttpStatus.BAD_REQUEST, "L'archivio (Virtuoso) non sa eseguire "
                        + "questa query: " + reason + " / the store cannot run this query (for instance a property "
                        + "path with both ends unbound): bind one end or rewrite it.");
            }
            LOG.warn("The store answered a public query with HTTP {}: {}", http.getStatusCode(),
                    body.lines().filter(line -> !line.isBlank()).findFirst().orElse(http.getMessage()));
            return storeFailed("l'archivio ha risposto con errore HTTP " + http.getStatusCode(),
                    "the store answered with HTTP error " + http.getStatusCode());
        }
        if (causedBy(failure, ConnectException.class) || failure instanceof QueryExceptionHTTP) {
            LOG.warn("The store cannot be reached: {}", failure.toString());
            return storeFailed("l'archivio non è raggiungibile", "the store cannot be reached");
        }
        if (atTimeLimit) {
            // A body cut short while streaming: the store stopped the query at its time limit.
            return stopped();
        }
        if (failure instanceof JenaException) {
            LOG.warn("The store's answer to a public query could not be read", failure);
            return storeFailed("la risposta dell'archivio non è leggibile", "the store's answer cannot be read");
        }
        LOG.error("A public query failed", failure);
        return new SparqlRequestException(HttpStatus.INTERNAL_SERVER_ERROR,
                "Errore interno del servizio. / Internal error of the service.");
    }

    /** A duration as seconds for people: "2 s", "1.5 s". */
    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }

    private static SparqlRequestException storeFailed(String italian, String english) {
        return new SparqlRequestException(HttpStatus.BAD_GATEWAY, "La query non ha potuto essere eseguita: " + italian
                + ". Riprovare più tardi. / The query could not be run (" + english + "); try again later.");
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
