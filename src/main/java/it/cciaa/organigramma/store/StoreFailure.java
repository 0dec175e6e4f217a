package it.cciaa.organigramma.store;

import org.apache.jena.atlas.web.HttpException;

/**
 * What a store's refusal says, in one line a log or a message can carry: the status and the first meaningful line
 * of the store's own answer (Fuseki's and Virtuoso's error bodies name the cause in their first lines).
 */
public final class StoreFailure {
    private static final int MAX = 300;

    private StoreFailure() {}

    /**
     * Whether the request failed before any answer, on a connection the store had closed (a reused idle connection:
     * "header parser received no bytes", "Broken pipe"): sent again on a new connection, it normally succeeds.
     */
    public static boolean connectionLost(RuntimeException e) {
        if (e instanceof HttpException http && http.getStatusCode() > 0) {
            return false;
        }
        boolean io = false;
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof java.net.http.HttpTimeoutException || cause instanceof java.net.ConnectException) {
                return false; // no connection at all, or no answer in time: sending again would not help
            }
            io |= cause instanceof java.io.IOException;
        }
        return io;
    }

    /**
     * Runs a request to the store, once more if the connection it used was lost before any answer. Only for requests
     * that may run twice: reads, Graph Store PUTs, and the publication's guarded operations.
     */
    public static <T> T retryingLostConnection(java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (RuntimeException e) {
            if (!connectionLost(e)) {
                throw e;
            }
            org.slf4j.LoggerFactory.getLogger(StoreFailure.class)
                    .info("The store closed the connection before answering ({}): sending the request again", e.toString());
            return request.get();
        }
    }

    /**
     * Whether the store could not be reached or answered that it cannot serve (no answer at all, or 502, 503, 504):
     * a state to wait out, not a refusal of the request.
     */
    public static boolean unreachable(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http && http.getStatusCode() > 0) {
                return http.getStatusCode() == 502 || http.getStatusCode() == 503 || http.getStatusCode() == 504;
            }
            if (cause instanceof org.apache.jena.sparql.engine.http.QueryExceptionHTTP http
                    && http.getStatusCode() > 0) {
                return http.getStatusCode() == 502 || http.getStatusCode() == 503 || http.getStatusCode() == 504;
            }
            if (cause instanceof java.io.IOException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** "connection refused", "no answer in time", or the innermost cause's class and message. */
    public static String cause(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException) {
                return "connection refused";
            }
            if (cause instanceof java.net.http.HttpTimeoutException) {
                return "no answer in time";
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** E.g. {@code HTTP 400: Virtuoso 37000 Error SP030: SPARQL compiler, line 3: syntax error}. */
    public static String describe(HttpException e) {
        String body = e.getResponse() == null ? "" : e.getResponse();
        String detail = body.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("<") && !line.startsWith("SPARQL query:"))
                .findFirst().orElse(e.getMessage() == null ? "" : e.getMessage());
        if (detail.length() > MAX) {
            detail = detail.substring(0, MAX) + "…";
        }
        return (e.getStatusCode() > 0 ? "HTTP " + e.getStatusCode() + ": " : "") + detail;
    }
}
