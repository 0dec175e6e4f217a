package it.cciaa.organigramma.search;

import java.util.Optional;

/**
 * A search as asked: the words typed, an optional kind, and which page of results.
 *
 * @param text the words as typed, 1 to {@link #LONGEST_TEXT} characters after trimming
 * @param offset how many ranked results to skip, 0 to {@link #LARGEST_OFFSET}
 * @param limit how many results to return, 1 to {@link #LARGEST_LIMIT}
 */
public record SearchRequest(String text, Optional<Kind> kind, int offset, int limit) {
    public static final int LONGEST_TEXT = 200;
    public static final int LARGEST_LIMIT = 100;
    public static final int LARGEST_OFFSET = 10_000;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        if (text.isEmpty()) {
            throw new InvalidSearchException("Scrivi che cosa cercare / the query text is missing");
        }
        if (text.length() > LONGEST_TEXT) {
            throw new InvalidSearchException("Il testo da cercare supera " + LONGEST_TEXT
                    + " caratteri / the query text is longer than " + LONGEST_TEXT + " characters");
        }
        if (limit < 1 || limit > LARGEST_LIMIT) {
            throw new InvalidSearchException("Il numero di risultati va da 1 a " + LARGEST_LIMIT
                    + " / limit must be from 1 to " + LARGEST_LIMIT);
        }
        if (offset < 0 || offset > LARGEST_OFFSET) {
            throw new InvalidSearchException("La posizione di partenza va da 0 a " + LARGEST_OFFSET
                    + " / offset must be from 0 to " + LARGEST_OFFSET);
        }
    }
}
