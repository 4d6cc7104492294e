package dev.clio.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = Backoff.defaults();

    @Test
    void doublesFromOneSecondUpToThirtyWithoutJitterInTheMiddle() {
        assertThat(IntStream.rangeClosed(1, 8).mapToObj(n -> backoff.delay(n, 0.5).toMillis()))
                .containsExactly(1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 30_000L, 30_000L, 30_000L);
        assertThat(backoff.delay(10_000, 0.5)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void jitterSpreadsByAFifthButNeverBeyondTheCap() {
        assertThat(backoff.delay(3, 0.0)).isEqualTo(Duration.ofMillis(3_200));
        assertThat(backoff.delay(3, 0.999)).isBetween(Duration.ofMillis(4_790), Duration.ofMillis(4_800));
        assertThat(backoff.delay(6, 0.999)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delay(6, 0.0)).isEqualTo(Duration.ofSeconds(24));
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(1), 0.1))
                .hasMessageContaining("initial <= max");
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5), 1.5))
                .hasMessageContaining("jitter");
    }
}
