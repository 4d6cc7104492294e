package dev.clio.security;

import dev.clio.testing.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailedAuthLimiterTest {

    private final ManualClock clock = new ManualClock("2026-12-01T10:00:00Z");
    private final FailedAuthLimiter limiter = new FailedAuthLimiter(LimiterSettings.defaults());

    @Test
    void fourFailuresInAWindowDoNotBlockTheFifthDoes() {
        for (int i = 0; i < 4; i++) {
            assertThat(limiter.recordFailure("10.0.0.1", clock.instant())).isFalse();
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(limiter.check("10.0.0.1", clock.instant()).allowed()).isTrue();
        assertThat(limiter.recordFailure("10.0.0.1", clock.instant())).isTrue();
        LimitDecision decision = limiter.check("10.0.0.1", clock.instant());
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.retryAfterSeconds()).isEqualTo(60);
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        for (int i = 0; i < 4; i++) {
            limiter.recordFailure("10.0.0.1", clock.instant());
        }
        clock.advance(Duration.ofSeconds(60));
        assertThat(limiter.recordFailure("10.0.0.1", clock.instant())).isFalse();
        assertThat(limiter.check("10.0.0.1", clock.instant()).allowed()).isTrue();
    }

    @Test
    void theWindowSlidesRatherThanResettingEachMinute() {
        clock.advance(Duration.ofSeconds(50));
        limiter.recordFailure("c", clock.instant());
        limiter.recordFailure("c", clock.instant());
        clock.advance(Duration.ofSeconds(20));
        limiter.recordFailure("c", clock.instant());
        limiter.recordFailure("c", clock.instant());
        assertThat(limiter.recordFailure("c", clock.instant())).isTrue();
    }

    @Test
    void retryAfterCountsDownAndTheBlockEnds() {
        for (int i = 0; i < 5; i++) {
            limiter.recordFailure("c", clock.instant());
        }
        clock.advance(Duration.ofMillis(59_500));
        assertThat(limiter.check("c", clock.instant())).isEqualTo(new LimitDecision(false, 1));
        clock.advance(Duration.ofMillis(500));
        assertThat(limiter.check("c", clock.instant()).allowed()).isTrue();
        assertThat(limiter.recordFailure("c", clock.instant())).isFalse();
    }

    @Test
    void clientsAreLimitedIndependently() {
        for (int i = 0; i < 5; i++) {
            limiter.recordFailure("a", clock.instant());
        }
        assertThat(limiter.check("a", clock.instant()).allowed()).isFalse();
        assertThat(limiter.check("b", clock.instant()).allowed()).isTrue();
        assertThat(limiter.check(null, clock.instant()).allowed()).isTrue();
    }

    @Test
    void memoryIsBoundedByForgettingTheLeastRecentClients() {
        FailedAuthLimiter small = new FailedAuthLimiter(new LimiterSettings(2, Duration.ofMinutes(1),
                Duration.ofMinutes(1), 3));
        small.recordFailure("old", clock.instant());
        small.recordFailure("old", clock.instant());
        for (int i = 0; i < 1000; i++) {
            small.recordFailure("client-" + i, clock.instant());
        }
        assertThat(small.trackedClients()).isEqualTo(3);
        assertThat(small.check("old", clock.instant()).allowed()).isTrue();
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new LimiterSettings(0, Duration.ofMinutes(1), Duration.ZERO, 1))
                .hasMessageContaining("maxFailures >= 1");
    }
}
