package dev.clio.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.engine.workflow.Retry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration BASE = Duration.ofSeconds(1);
    private static final Duration CAP = Duration.ofSeconds(10);

    @Test
    void linearGrowsByTheBaseEachAttempt() {
        assertThat(Backoff.delay(Retry.Backoff.LINEAR, 1, BASE, CAP)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Backoff.delay(Retry.Backoff.LINEAR, 3, BASE, CAP)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void exponentialDoublesAndBothAreCapped() {
        assertThat(Backoff.delay(Retry.Backoff.EXPONENTIAL, 1, BASE, CAP)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Backoff.delay(Retry.Backoff.EXPONENTIAL, 3, BASE, CAP)).isEqualTo(Duration.ofSeconds(4));
        assertThat(Backoff.delay(Retry.Backoff.EXPONENTIAL, 5, BASE, CAP)).isEqualTo(CAP);
        assertThat(Backoff.delay(Retry.Backoff.LINEAR, 50, BASE, CAP)).isEqualTo(CAP);
    }
}
