package it.cciaa.organigramma.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.TimeMeter;
import it.cciaa.organigramma.store.SettingException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailedLoginsTest {
    /** A clock the test moves by hand. */
    private static final class Clock implements TimeMeter {
        long nanos = 1_000_000_000L;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }
    }

    private final Clock clock = new Clock();
    private final FailedLogins failures = new FailedLogins(3, clock);

    @Test
    void theFailureThatUsesUpTheClientsAllowanceBlocksItUntilTheMinuteEnds() {
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(failures.wait("192.0.2.1", "user-" + attempt)).as("attempt " + attempt).isEmpty();
            failures.failed("192.0.2.1", "user-" + attempt);
        }
        clock.advance(Duration.ofSeconds(20));
        assertThat(failures.wait("192.0.2.1", "anyone")).hasValue(Duration.ofSeconds(40));
        assertThat(failures.wait("192.0.2.2", "anyone")).as("another client").isEmpty();
        clock.advance(Duration.ofSeconds(40));
        assertThat(failures.wait("192.0.2.1", "anyone")).isEmpty();
    }

    @Test
    void aUserNameIsBlockedFromEveryClientWhateverItsCase() {
        failures.failed("192.0.2.1", "Anna");
        failures.failed("192.0.2.2", "anna");
        failures.failed("192.0.2.3", "ANNA");
        assertThat(failures.wait("192.0.2.4", "anna")).isPresent();
        assertThat(failures.wait("192.0.2.4", "paolo")).isEmpty();
    }

    @Test
    void longUserNamesAreKeyedByTheirStart() {
        String name = "x".repeat(10_000);
        assertThat(FailedLogins.userKey(name)).hasSize(64);
        for (int attempt = 0; attempt < 3; attempt++) {
            failures.failed("192.0.2." + attempt, name + attempt);
        }
        assertThat(failures.wait("192.0.2.9", name)).isPresent();
    }

    @Test
    void theSettingIsAWholeNumberFromOne() {
        assertThat(FailedLogins.of(" 20 ").perMinute()).isEqualTo(20);
        for (String bad : new String[] {"", "0", "-1", "many", "2.5", "1000001"}) {
            assertThatThrownBy(() -> FailedLogins.of(bad)).as(bad).isInstanceOf(SettingException.class)
                    .hasMessageContaining("kg.login-failures-per-minute (KG_LOGIN_FAILURES_PER_MINUTE)")
                    .hasMessageContaining("«" + bad + "»");
        }
    }

    @Test
    void onlyBasicCredentialsNameAUser() {
        assertThat(FailedLoginFilter.basicUser("Basic YW5uYTpzZWdyZXRv")).hasValue("anna");
        assertThat(FailedLoginFilter.basicUser("basic YW5uYTo=")).hasValue("anna");
        assertThat(FailedLoginFilter.basicUser("Bearer YW5uYTpzZWdyZXRv")).isEqualTo(Optional.empty());
        assertThat(FailedLoginFilter.basicUser("Basic %%%")).isEmpty();
        assertThat(FailedLoginFilter.basicUser("Basic YW5uYQ==")).as("no colon").isEmpty();
        assertThat(FailedLoginFilter.basicUser(null)).isEmpty();
    }
}
