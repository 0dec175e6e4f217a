package it.cciaa.organigramma.store;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health}'s {@code store} part: DOWN while the store cannot be read (as the version polls, every
 * {@code kg.freshness}, find it), with the reason and since when; UP again by itself when it answers. The details are
 * shown to signed-in operators only ({@code management.endpoint.health.show-details=when-authorized}).
 */
@Component("store")
class StoreHealth implements HealthIndicator {
    private final StoreVersion version;
    private final KnowledgeStore store;

    StoreHealth(StoreVersion version, KnowledgeStore store) {
        this.version = version;
        this.store = store;
    }

    @Override
    public Health health() {
        return version.outage()
                .map(outage -> Health.down().withDetail("store", store.queryEndpoint())
                        .withDetail("reason", outage.reason()).withDetail("since", outage.since().toString()).build())
                .orElseGet(() -> Health.up().withDetail("store", store.queryEndpoint()).build());
    }
}
