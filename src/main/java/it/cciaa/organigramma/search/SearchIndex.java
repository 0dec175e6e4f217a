package it.cciaa.organigramma.search;

import it.cciaa.organigramma.store.StoreLoadedEvent;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Full-text search over the names and codes of units, processes, activities and laws (Italian analysis: see
 * {@link ItalianTextAnalyzer}), consistent with the store: after every load ({@link StoreLoadedEvent}) a new index
 * is built from {@code queries/search/documents.rq} and swapped in whole, so a search sees the old index or the new
 * one, never one half built. Until the first build, searches throw {@link SearchUnavailableException}.
 *
 * <pre>{@code
 * SearchResults results = index.search(new SearchRequest("tributi", Optional.empty(), 0, 20));
 * List<Suggestion> completions = index.suggest("regis", 8);
 * }</pre>
 *
 * <p>Scale: the index lives on the heap ({@code ByteBuffersDirectory}); Foggia's organigram makes about 600
 * documents, well under a megabyte, rebuilt in a fraction of a second. A store with many chambers and editions
 * (10⁵–10⁶ documents) would keep the index on disk ({@code MMapDirectory}) next to the store, update it per edition
 * graph instead of rebuilding it, and refresh readers through a {@code SearcherManager}.
 */
@Component
public class SearchIndex {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

    private final SearchQueries queries;
    private final AtomicReference<IndexSnapshot> current = new AtomicReference<>();

    public SearchIndex(SearchQueries queries) {
        this.queries = queries;
    }

    @EventListener
    public void onStoreLoaded(StoreLoadedEvent event) {
        try {
            rebuild();
        } catch (RuntimeException e) {
            // The previous index, if any, keeps answering; the next load tries again.
            LOG.error("Cannot rebuild the search index from the store", e);
        }
    }

    /** Reads the store and swaps in a new index built from it. */
    public synchronized void rebuild() {
        long start = System.nanoTime();
        swapIn(IndexSnapshot.build(queries.documents()));
        LOG.info("Search index built: {} resources in {} ms", current.get().size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Replaces the index with one built from the given documents, not read from the store (tests). */
    synchronized void rebuild(List<SearchDocument> documents) {
        swapIn(IndexSnapshot.build(documents));
    }

    private void swapIn(IndexSnapshot fresh) {
        IndexSnapshot old = current.getAndSet(fresh);
        if (old != null) {
            old.release();
        }
    }

    /** When the index in use was built; empty before the first build. */
    public Optional<Instant> builtAt() {
        return Optional.ofNullable(current.get()).map(IndexSnapshot::builtAt);
    }

    /** One page of ranked results. */
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

    /** Up to {@code limit} completions of what is being typed; none for text without words. */
    public List<Suggestion> suggest(String typed, int limit) {
        IndexSnapshot snapshot = acquire();
        try {
            return snapshot.suggest(typed, limit);
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
        swapIn(null);
    }
}
