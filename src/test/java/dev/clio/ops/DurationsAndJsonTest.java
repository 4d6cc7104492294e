package dev.clio.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DurationsAndJsonTest {

    @Test
    void parsesTheRunbookDurations() {
        assertThat(Durations.parse("since", "30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("since", "10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(Durations.parse("since", "24h")).isEqualTo(Duration.ofHours(24));
        assertThat(Durations.parse("since", "7D")).isEqualTo(Duration.ofDays(7));
        assertThat(Durations.format(Duration.ofHours(24))).isEqualTo("1d");
        assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("90m");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10", "0m", "-1h", "1.5h", "1h30m", "h", "10 m", "400d", "10w"})
    void refusesEverythingElseNamingTheParameter(String value) {
        assertThatThrownBy(() -> Durations.parse("window", value)).isInstanceOf(OpsException.class)
                .hasMessageStartingWith("window:")
                .satisfies(e -> assertThat(((OpsException) e).kind()).isEqualTo(OpsException.Kind.INVALID_REQUEST));
    }

    @Test
    void recordsRoundTripInSnakeCaseWithIsoInstants() throws Exception {
        var execution = new Workflows.Execution("exec_1", "W", "w.yaml", "running", false, "key:clio_x", 50, null,
                java.time.Instant.parse("2026-12-01T10:00:00Z"), null, List.of());
        String json = OpsJson.mapper().writeValueAsString(execution);
        assertThat(json).contains("\"execution_id\":\"exec_1\"").contains("\"tokens_used\":50")
                .contains("\"started_at\":\"2026-12-01T10:00:00Z\"").contains("\"success\":false");
        assertThat(OpsJson.mapper().readValue(json, Workflows.Execution.class)).isEqualTo(execution);
        var request = new Workflows.ExecuteRequest("w.yaml", true, null, null, 1000L, Map.of("a", "b"));
        assertThat(OpsJson.mapper().readValue(OpsJson.mapper().writeValueAsString(request),
                Workflows.ExecuteRequest.class)).isEqualTo(request);
    }

    @Test
    void readingIsStrict() {
        assertThatThrownBy(() -> OpsJson.mapper().readValue("{\"action\":\"a\",\"ok\":true,\"message\":\"m\","
                + "\"extra\":1}", Resources.ActionResult.class)).isInstanceOf(UnrecognizedPropertyException.class)
                .hasMessageContaining("extra");
        assertThatThrownBy(() -> OpsJson.mapper().readValue("{\"action\":\"a\",\"ok\":\"true\"}",
                Resources.ActionResult.class)).hasMessageContaining("ok");
        assertThatThrownBy(() -> OpsJson.mapper().readValue("{\"action\":\"a\",\"action\":\"b\"}",
                Resources.ActionResult.class)).hasMessageContaining("Duplicate");
    }
}
