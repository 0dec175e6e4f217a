package it.cciaa.organigramma.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.cciaa.organigramma.query.NamedQueries;
import it.cciaa.organigramma.store.StoreLoadedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The index's life: unavailable until built, then swapped whole at every rebuild while searches go on. */
class SearchIndexTest {
    private static final SearchRequest TRIBUTI = new SearchRequest("tributi", Optional.empty(), Optional.empty(), 0,
            20);

    @Test
    void beforeTheFirstBuildSearchIsUnavailable() {
        SearchIndex index = new SearchIndex(null);
        assertThat(index.builtAt()).isEmpty();
        assertThatThrownBy(() -> index.search(TRIBUTI)).isInstanceOf(SearchUnavailableException.class)
                .hasMessageContaining("riprova");
        assertThatThrownBy(() -> index.suggest("trib", Optional.empty(), 5))
                .isInstanceOf(SearchUnavailableException.class);
        index.rebuild(SearchRankingTest.DOCUMENTS);
        assertThat(index.builtAt()).isPresent();
        assertThat(index.search(TRIBUTI).total()).isPositive();
    }

    @Test
    void aBuildThatFailsIsTriedAgainUntilTheStoreAnswers() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        SearchQueries flakyStore = new SearchQueries(null, NamedQueries.load()) {
            @Override
            public List<SearchDocument> documents() {
                if (reads.incrementAndGet() < 3) {
                    throw new IllegalStateException("store unreachable");
                }
                return SearchRankingTest.DOCUMENTS;
            }
        };
        SearchIndex index = new SearchIndex(flakyStore);
        index.firstRetry = Duration.ofMillis(10);
        index.onStoreLoaded(new StoreLoadedEvent(Instant.now()));
        assertThatThrownBy(() -> index.search(TRIBUTI)).isInstanceOf(SearchUnavailableException.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (index.builtAt().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(reads).hasValue(3);
        assertThat(index.search(TRIBUTI).total()).isPositive();
        index.close();
    }

    @Test
    void searchesDuringRebuildsSeeTheOldIndexOrTheNewOneNeverAHalfBuiltOne() throws Exception {
        List<SearchDocument> all = SearchRankingTest.DOCUMENTS;
        List<SearchDocument> fewer = all.stream().filter(document -> !document.label().equals("TRIBUTI")).toList();
        SearchIndex index = new SearchIndex(null);
        index.rebuild(all);
        long whole = index.search(TRIBUTI).total();
        long partial = whole - 1;
        Set<Long> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        ExecutorService searchers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                running.add(searchers.submit(() -> {
                    while (rebuilding.get()) {
                        seen.add(index.search(TRIBUTI).total());
                        index.suggest("trib", Optional.empty(), 5);
                    }
                }));
            }
            for (int round = 0; round < 30; round++) {
                index.rebuild(round % 2 == 0 ? fewer : all);
            }
            rebuilding.set(false);
            for (Future<?> searcher : running) {
                searcher.get(30, TimeUnit.SECONDS);
            }
        } finally {
            searchers.shutdownNow();
        }
        assertThat(seen).isSubsetOf(whole, partial);
        index.close();
        assertThatThrownBy(() -> index.search(TRIBUTI)).isInstanceOf(SearchUnavailableException.class);
    }
}
