package it.cciaa.organigramma.store;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The service's writes to the store, one at a time: a publication reads the catalogue, validates and then writes,
 * and an administrative update or graph write between its read and its write would be combined with what it read.
 * This orders the writes of one instance; instances sharing an external store are not coordinated.
 */
@Component
public class StoreWrites {
    private final ReentrantLock lock = new ReentrantLock();
    /** Odd while a write runs; moves on at its start and at its end. */
    private final java.util.concurrent.atomic.AtomicLong epoch = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Runs {@code write} while no other write of this service runs. The write includes reading the new store version
     * ({@link StoreVersion#refresh()}), so that an answer read while it ran is known by {@link #epoch()}.
     */
    public <T> T exclusively(Supplier<T> write) {
        lock.lock();
        epoch.incrementAndGet();
        try {
            return write.get();
        } finally {
            epoch.incrementAndGet();
            lock.unlock();
        }
    }

    /**
     * The writes' clock: odd while one runs. An answer whose reading began at {@code e} and ended at {@code e} with
     * {@code e} even read one store version; otherwise its validators (the version's ETag) may not be its content's.
     */
    public long epoch() {
        return epoch.get();
    }
}
