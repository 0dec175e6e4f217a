package it.cciaa.organigramma.search;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A search as asked: the words typed, an optional kind and chamber, and which page of results.
 *
 * @param text the words as typed, 1 to {@link #LONGEST_TEXT} characters after trimming
 * @param ente a chamber's identifier ({@code cciaa-di-foggia}): only its units, and what every chamber shares
 * @param offset how many ranked results to skip, 0 to {@link #LARGEST_OFFSET}
 * @param limit how many results to return, 1 to {@link #LARGEST_LIMIT}
 */
public record SearchRequest(String text, Optional<Kind> kind, Optional<String> ente, int offset, int limit) {
    public static final int LONGEST_TEXT = 200;
    public static final int LARGEST_LIMIT = 100;
    public static final int LARGEST_OFFSET = 10_000;
    /** The request parameter that names a chamber, on the page and in the API. */
    public static final String ENTE_PARAMETER = "ente";

    /** The form of a chamber's identifier, as the importer mints it from the chamber's name. */
    private static final Pattern ENTE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final int LONGEST_ENTE = 200;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        if (text.isEmpty()) {
            throw new InvalidSearchException("Scrivi che cosa cercare / the query text is missing");
        }
        if (text.length() > LONGEST_TEXT) {
            throw new InvalidSearchException("Il testo da cercare supera " + LONGEST_TEXT
                    + " caratteri / the query text is longer than " + LONGEST_TEXT + " characters");
        }
        ente.ifPresent(SearchRequest::checkEnte);
        if (limit < 1 || limit > LARGEST_LIMIT) {
            throw new InvalidSearchException("Il numero di risultati va da 1 a " + LARGEST_LIMIT
                    + " / limit must be from 1 to " + LARGEST_LIMIT);
        }
        if (offset < 0 || offset > LARGEST_OFFSET) {
            throw new InvalidSearchException("La posizione di partenza va da 0 a " + LARGEST_OFFSET
                    + " / offset must be from 0 to " + LARGEST_OFFSET);
        }
    }

    /** The chamber an {@code ente} parameter names: empty when absent or blank, 400 when it is not an identifier. */
    public static Optional<String> readEnte(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(checkEnte(parameter.strip()));
    }

    private static String checkEnte(String ente) {
        if (ente.length() > LONGEST_ENTE || !ENTE.matcher(ente).matches()) {
            throw new InvalidSearchException("Parametro ente non valido: «" + abbreviated(ente) + "»: un ente si "
                    + "indica con il suo identificativo, per esempio cciaa-di-foggia / invalid ente parameter: a "
                    + "chamber's identifier such as cciaa-di-foggia");
        }
        return ente;
    }

    /** Text a message repeats, cut to a readable length. */
    static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
