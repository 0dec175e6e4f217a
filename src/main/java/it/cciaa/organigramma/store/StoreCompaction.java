package it.cciaa.organigramma.store;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded store's disk bounded: TDB2 appends every write, so each change of content (a publication, an
 * administrative write) marks the database for compaction, which runs at the next start before the store serves
 * ({@link EmbeddedStore#markCompactionDue()}), or at once with the {@code compact} command on a stopped service. An
 * external store compacts itself, as its operators set it up.
 */
@Component
class StoreCompaction {
    private final ObjectProvider<EmbeddedStore> embedded;
    private final KgProperties properties;
    private final AtomicBoolean firstChange = new AtomicBoolean(true);

    StoreCompaction(ObjectProvider<EmbeddedStore> embedded, KgProperties properties) {
        this.embedded = embedded;
        this.properties = properties;
    }

    /** After a change of content (not the first reading at start): the store is due for compaction. */
    @EventListener
    void contentChanged(StoreLoadedEvent event) {
        if (!properties.embedded() || firstChange.getAndSet(false)) {
            return;
        }
        EmbeddedStore store = embedded.getIfAvailable();
        if (store != null) {
            store.markCompactionDue();
        }
    }
}
