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

    /** Runs {@code write} while no other write of this service runs. */
    public <T> T exclusively(Supplier<T> write) {
        lock.lock();
        try {
            return write.get();
        } finally {
            lock.unlock();
        }
    }
}
