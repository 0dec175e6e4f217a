package it.cciaa.organigramma.store;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * How full the heap is, looked at four times a second, so that a query that fills it is stopped before the JVM runs
 * out: when the heap's long-lived part (the old generation) is above {@value #PRESSURE_PERCENT} % of its maximum
 * after a collection, or above {@value #FULL_PERCENT} % at any time, the listeners (the public query runner) are told
 * and stop what they can. {@code /actuator/health}'s {@code memory} part is DOWN while the heap stays above
 * {@value #FULL_PERCENT} % after a collection, so that a supervisor sees it before an {@link OutOfMemoryError} ends
 * the process ({@code -XX:+ExitOnOutOfMemoryError}, which {@code ./kg serve} sets).
 */
@Component("memory")
public class MemoryPressure implements HealthIndicator {
    private static final Logger LOG = LoggerFactory.getLogger(MemoryPressure.class);
    static final int PRESSURE_PERCENT = 75;
    static final int FULL_PERCENT = 90;

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
                    && pool.getUsage().getMax() > 0)
            .toList();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile int afterCollection;
    private volatile boolean underPressure;
    /** A thread of its own: the scheduler's may be busy polling a store that does not answer. */
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("memory-watch").factory());

    public MemoryPressure() {
        watcher.scheduleWithFixedDelay(this::watch, 250, 250, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        watcher.shutdownNow();
    }

    /** {@code listener} runs, on the watcher's thread, each time the heap is found under pressure. */
    public void onPressure(Runnable listener) {
        listeners.add(listener);
    }

    void watch() {
        int collected = 0;
        int now = 0;
        for (MemoryPoolMXBean pool : pools) {
            collected = Math.max(collected, percent(pool.getCollectionUsage()));
            now = Math.max(now, percent(pool.getUsage()));
        }
        afterCollection = collected;
        boolean pressure = collected >= PRESSURE_PERCENT || now >= FULL_PERCENT;
        if (pressure) {
            if (!underPressure) {
                LOG.warn("The heap is {} % full after a collection ({} % now): stopping the public queries running",
                        collected, now);
            }
            for (Runnable listener : listeners) {
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    LOG.warn("A listener of memory pressure failed: {}", e.toString());
                }
            }
        }
        underPressure = pressure;
    }

    private static int percent(MemoryUsage usage) {
        return usage == null || usage.getMax() <= 0 ? 0 : (int) (usage.getUsed() * 100 / usage.getMax());
    }

    @Override
    public Health health() {
        int percent = afterCollection;
        Health.Builder health = percent >= FULL_PERCENT ? Health.down() : Health.up();
        return health.withDetail("heapAfterCollectionPercent", percent).build();
    }
}
