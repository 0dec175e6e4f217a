package it.cciaa.organigramma.store;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded store's disk bounded: TDB2 appends every write, so after each change of content (a publication,
 * an administrative write) the database is compacted in the background, one compaction at a time, while readers go
 * on. An external store compacts itself, as its operators set it up.
 */
@Component
class StoreCompaction {
    private static final Logger LOG = LoggerFactory.getLogger(StoreCompaction.class);

    private final ObjectProvider<EmbeddedFuseki> embedded;
    private final KgProperties properties;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("tdb2-compaction").daemon(true).factory());
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean firstChange = new AtomicBoolean(true);

    StoreCompaction(ObjectProvider<EmbeddedFuseki> embedded, KgProperties properties) {
        this.embedded = embedded;
        this.properties = properties;
    }

    /** After a change of content (not the first reading at start): compact, unless a compaction is already due. */
    @EventListener
    void contentChanged(StoreLoadedEvent event) {
        if (!properties.embedded() || firstChange.getAndSet(false) || !pending.compareAndSet(false, true)) {
            return;
        }
        worker.submit(() -> {
            pending.set(false);
            EmbeddedFuseki store = embedded.getIfAvailable();
            if (store == null || !store.isRunning()) {
                return;
            }
            long before = store.diskBytes();
            long start = System.nanoTime();
            try {
                store.compact();
                LOG.info("Compacted the embedded store: {} MB → {} MB in {} ms", before >> 20,
                        store.diskBytes() >> 20, (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("Compaction of the embedded store failed (it stays as it was): {}", e.toString());
            }
        });
    }
}
