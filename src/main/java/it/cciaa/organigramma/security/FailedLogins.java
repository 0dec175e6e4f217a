package it.cciaa.organigramma.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import it.cciaa.organigramma.store.SettingException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Failed logins, counted per client (remote address) and per user name: at most {@code kg.login-failures-per-minute}
 * of each in a minute (a Bucket4j bucket that gets its allowance back a minute after it was given). Spring Security
 * tells of each failure (wrong password, unknown user) with an event; {@link FailedLoginFilter} asks {@link #wait}
 * before any password is checked. Buckets exist only for keys that failed, and live in Caffeine caches bounded in
 * size and dropped a minute after their last use, when they would be full again anyway.
 *
 * <pre>{@code
 * FailedLogins failures = FailedLogins.of("20");
 * failures.failed("192.0.2.7", "anna");
 * failures.wait("192.0.2.7", "anna"); // empty until the 20th failure, then the time until the next allowance
 * }</pre>
 */
final class FailedLogins implements ApplicationListener<AuthenticationFailureBadCredentialsEvent> {
    static final String SETTING = "kg.login-failures-per-minute (KG_LOGIN_FAILURES_PER_MINUTE)";
    private static final Logger LOG = LoggerFactory.getLogger(FailedLogins.class);
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MOST = 1_000_000;
    /** Keys remembered per cache; past this, the least used are forgotten (and get a full allowance again). */
    private static final int KEYS = 10_000;
    /** User names are keyed by their first characters: a name of a megabyte must not take a megabyte here. */
    private static final int NAME_CHARACTERS = 64;

    private final long perMinute;
    private final TimeMeter clock;
    private final Cache<String, Bucket> clients;
    private final Cache<String, Bucket> users;

    FailedLogins(long perMinute, TimeMeter clock) {
        this.perMinute = perMinute;
        this.clock = clock;
        this.clients = cache(clock);
        this.users = cache(clock);
    }

    /** From the setting's text: a whole number from 1 to a million, or the start stops naming the setting. */
    static FailedLogins of(String setting) {
        long perMinute;
        try {
            perMinute = Long.parseLong(setting.strip());
        } catch (NumberFormatException | NullPointerException e) {
            perMinute = 0;
        }
        if (perMinute < 1 || perMinute > MOST) {
            throw new SettingException(SETTING, String.valueOf(setting), "a whole number of failed logins a minute "
                    + "per client and per user name, from 1 to " + MOST + " (default 20)");
        }
        return new FailedLogins(perMinute, TimeMeter.SYSTEM_NANOTIME);
    }

    long perMinute() {
        return perMinute;
    }

    /** How long before the client, or the user name, may try again; empty when both may try now. */
    Optional<Duration> wait(String client, String user) {
        long nanos = Math.max(nanosToWait(clients, client), nanosToWait(users, userKey(user)));
        return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
    }

    /** Counts a failed login of {@code user} from {@code client}. */
    void failed(String client, String user) {
        count(clients, client, "from " + client);
        count(users, userKey(user), "for the user name '" + userKey(user) + "'");
    }

    /** Takes one from the key's allowance; the failure that takes the last one is logged, once a minute at most. */
    private void count(Cache<String, Bucket> buckets, String key, String who) {
        ConsumptionProbe probe = bucket(buckets, key).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed() && probe.getRemainingTokens() == 0) {
            LOG.warn("{} failed logins in a minute {}: its logins answer 429 for up to a minute", perMinute, who);
        }
    }

    @Override
    public void onApplicationEvent(AuthenticationFailureBadCredentialsEvent event) {
        String client = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (client != null) {
            failed(client, event.getAuthentication().getName());
        }
    }

    private long nanosToWait(Cache<String, Bucket> buckets, String key) {
        Bucket bucket = key == null ? null : buckets.getIfPresent(key);
        if (bucket == null) {
            return 0;
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    private Bucket bucket(Cache<String, Bucket> buckets, String key) {
        return buckets.get(key == null ? "" : key, unused -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillIntervally(perMinute, WINDOW))
                .withCustomTimePrecision(clock).build());
    }

    /** User names are case-insensitive (as Spring's user store reads them), keyed by their first characters. */
    static String userKey(String user) {
        if (user == null) {
            return null;
        }
        String key = user.toLowerCase(Locale.ROOT);
        return key.length() <= NAME_CHARACTERS ? key : key.substring(0, NAME_CHARACTERS);
    }

    private static Cache<String, Bucket> cache(TimeMeter clock) {
        return Caffeine.newBuilder().maximumSize(KEYS).expireAfterAccess(WINDOW).ticker(clock::currentTimeNanos)
                .build();
    }
}
