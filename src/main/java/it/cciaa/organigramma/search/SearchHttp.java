package it.cciaa.organigramma.search;

import java.time.Instant;
import java.util.Optional;
import org.springframework.web.context.request.WebRequest;

/** What the search page and the search API share over HTTP: conditional GET on the index's build time. */
final class SearchHttp {
    /** How long a client should wait before asking again while the index is being built. */
    static final String RETRY_AFTER_SECONDS = "5";

    private SearchHttp() {}

    /**
     * Sets {@code ETag} and {@code Last-Modified} from the index in use (every answer is a function of it and the
     * request) and tells whether the client's copy is current, in which case the answer is 304 with no body.
     */
    static boolean notModified(SearchIndex index, WebRequest request) {
        Optional<Instant> builtAt = index.builtAt();
        if (builtAt.isEmpty()) {
            return false;
        }
        long millis = builtAt.get().toEpochMilli();
        return request.checkNotModified("\"search-" + Long.toString(millis, 36) + "\"", millis);
    }
}
