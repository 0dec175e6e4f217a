package it.cciaa.organigramma.search;

import it.cciaa.organigramma.store.StoreLoadedEvent;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Full-text search over the names and codes of the units of every chamber's current edition, and of the processes,
 * activities and laws they share (Italian analysis: see {@link ItalianTextAnalyzer}); a unit's hit names its chamber,
 * and a search can keep one chamber's units. It is consistent with the store: after every load
 * ({@link StoreLoadedEvent}) a new index is built from {@code queries/search/documents.rq} and swapped in whole, so a
 * search sees the old index or the new one, never one half built. Until the first build, searches throw {@link SearchUnavailableException}; a build
 * that fails (the store unreachable, say) is tried again in the background, the old index answering meanwhile.
 *
 * <pre>{@code
 * SearchResults results = index.search(new SearchRequest("tributi", Optional.empty(), Optional.empty(), 0, 20));
 * SearchResults inBari = index.search(new SearchRequest("tributi", Optional.empty(), Optional.of("cciaa-di-bari"),
 *         0, 20));
 * List<Suggestion> completions = index.suggest("regis", Optional.empty(), 8);
 * }</pre>
 *
 * <p>Scale: the index lives on the heap ({@code ByteBuffersDirectory}). Foggia's organigram makes about 460
 * documents; a hundred chambers of its size make about 3,100 (27 units each, and the 437 shared ones once), read in
 * one query and indexed in under a second each once warm (two to four seconds each on a cold start; measured on TDB2
 * with two editions per chamber). A store of 10⁵–10⁶ documents would keep the index on disk
 * ({@code MMapDirectory}) next to the store, update it per edition graph instead of rebuilding it, and refresh readers
 * through a {@code SearcherManager}.
 */
@Component
public class SearchIndex {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

    private static final Duration LAST_RETRY = Duration.ofMinutes(5);

    private final SearchQueries queries;
    private final AtomicReference<IndexSnapshot> current = new AtomicReference<>();
    private final AtomicLong loads = new AtomicLong();
    private volatile boolean closed;
    /** How long to wait before trying a failed build again (then twice as long each time, up to five minutes). */
    Duration firstRetry = Duration.ofSeconds(5);

    public SearchIndex(SearchQueries queries) {
        this.queries = queries;
    }

    @EventListener
    public void onStoreLoaded(StoreLoadedEvent event) {
        long load = loads.incrementAndGet();
        if (current.get() == null && !closed) {
            // The first build (at start) runs beside the first requests instead of before them: until it is done,
            // search answers 503 "being built" and every other page is served. Later builds run where the content
            // changed, so that a search after a publication finds the new edition.
            Thread.ofVirtual().name("search-index-first").start(() -> build(load));
            return;
        }
        build(load);
    }

    /** Builds the index for the store's load {@code load}; on failure the previous index, if any, keeps answering. */
    private void build(long load) {
        try {
            rebuildIfLatest(load);
        } catch (RuntimeException e) {
            LOG.error("Cannot build the search index from the store; trying again in the background", e);
            retryInBackground(load);
        }
    }

    /** The same, unless a newer load of the store came meanwhile (its own build reads the newer content). */
    private synchronized void rebuildIfLatest(long load) {
        if (loads.get() == load && !closed) {
            rebuild();
        }
    }

    /** Reads the store and swaps in a new index built from it. */
    public synchronized void rebuild() {
        long start = System.nanoTime();
        List<SearchDocument> documents = queries.documents();
        long read = System.nanoTime();
        swapIn(IndexSnapshot.build(documents));
        LOG.info("Search index built: {} resources read in {} ms, indexed in {} ms", documents.size(),
                (read - start) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
    }

    /** Tries the build again, waiting longer each time, until it succeeds, a newer load starts, or the service stops. */
    private void retryInBackground(long load) {
        Thread.ofVirtual().name("search-index-retry").start(() -> {
            Duration wait = firstRetry;
            while (true) {
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    return;
                }
                if (loads.get() != load || closed) {
                    return;
                }
                try {
                    rebuild();
                    return;
                } catch (RuntimeException e) {
                    wait = wait.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait.multipliedBy(2);
                    LOG.warn("Search index still not built ({}); next try in {} s", e.getMessage(), wait.toSeconds());
                }
            }
        });
    }

    /** Replaces the index with one built from the given documents, not read from the store (tests). */
    synchronized void rebuild(List<SearchDocument> documents) {
        swapIn(IndexSnapshot.build(documents));
    }

    private void swapIn(IndexSnapshot fresh) {
        if (closed && fresh != null) {
            fresh.release();
            return;
        }
        IndexSnapshot old = current.getAndSet(fresh);
        if (old != null) {
            old.release();
        }
    }

    /** When the index in use was built; empty before the first build. */
    public Optional<Instant> builtAt() {
        return Optional.ofNullable(current.get()).map(IndexSnapshot::builtAt);
    }

    /** The chambers whose units the index holds, in the order of their names; none before the first build. */
    public List<Chamber> chambers() {
        return Optional.ofNullable(current.get()).map(IndexSnapshot::chambers).orElse(List.of());
    }

    /** One page of ranked results; 400 ({@link InvalidSearchException}) for a chamber the index does not hold. */
    public SearchResults search(SearchRequest request) {
        IndexSnapshot snapshot = acquire();
        try {
            return snapshot.search(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            snapshot.release();
        }
    }

    /** Up to {@code limit} completions of what is typed (in one chamber's units, if asked); none without words. */
    public List<Suggestion> suggest(String typed, Optional<String> ente, int limit) {
        IndexSnapshot snapshot = acquire();
        try {
            return snapshot.suggest(typed, ente, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            snapshot.release();
        }
    }

    private IndexSnapshot acquire() {
        while (true) {
            IndexSnapshot snapshot = current.get();
            if (snapshot == null) {
                throw new SearchUnavailableException();
            }
            if (snapshot.tryAcquire()) {
                return snapshot;
            }
        }
    }

    @PreDestroy
    synchronized void close() {
        closed = true;
        swapIn(null);
    }
}
