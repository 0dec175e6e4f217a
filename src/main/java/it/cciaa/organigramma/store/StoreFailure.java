package it.cciaa.organigramma.store;

import org.apache.jena.atlas.web.HttpException;

/**
 * What a store's refusal says, in one line a log or a message can carry: the status and the first meaningful line
 * of the store's own answer (Fuseki's and Virtuoso's error bodies name the cause in their first lines).
 */
public final class StoreFailure {
    private static final int MAX = 300;

    private StoreFailure() {}

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
