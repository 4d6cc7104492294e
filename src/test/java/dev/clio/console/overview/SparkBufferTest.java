package dev.clio.console.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SparkBufferTest {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void keepsTheNewestCapacitySamplesOldestFirst() {
        SparkBuffer buffer = new SparkBuffer(3);
        for (int i = 0; i < 5; i++) {
            buffer.add(T0.plusSeconds(i), (double) i);
        }
        assertThat(buffer.size()).isEqualTo(3);
        assertThat(buffer.since(T0)).extracting(SparkPoint::value).containsExactly(2.0, 3.0, 4.0);
        assertThat(buffer.since(T0.plusSeconds(4))).extracting(SparkPoint::value).containsExactly(4.0);
    }

    @Test
    void aSecondSampleInTheSameSecondReplacesTheFirstAndOlderOnesAreIgnored() {
        SparkBuffer buffer = new SparkBuffer(10);
        buffer.add(T0, 1.0);
        buffer.add(T0.plusMillis(400), 2.0);
        buffer.add(T0.minusSeconds(5), 9.0);
        assertThat(buffer.since(T0.minusSeconds(60))).extracting(SparkPoint::value).containsExactly(2.0);
    }

    @Test
    void nullIsAGap() {
        SparkBuffer buffer = new SparkBuffer(10);
        buffer.add(T0, null);
        assertThat(buffer.since(T0).getFirst().gap()).isTrue();
        assertThatThrownBy(() -> new SparkBuffer(0)).hasMessageContaining("at least 1");
    }
}
