package it.cciaa.organigramma.search;

/** Search asked before the index was first built from the store (503: try again shortly). */
public class SearchUnavailableException extends IllegalStateException {
    /** How long a client should wait before asking again ({@code Retry-After}). */
    public static final String RETRY_AFTER_SECONDS = "5";

    public SearchUnavailableException() {
        super("L'indice di ricerca è in preparazione: riprova tra qualche secondo / "
                + "the search index is being built: try again in a few seconds");
    }
}
