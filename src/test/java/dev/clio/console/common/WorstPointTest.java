package dev.clio.console.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.kpi.AlertSnapshot;
import dev.clio.kpi.KpiState;
import dev.clio.kpi.Level;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorstPointTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");
    private final WorstPoint worst = new WorstPoint();

    @Test
    void theFirstRefreshSetsTheBarAndOnlyAWorseOneIsRecorded() {
        assertThat(worst.observe("INC-1", snapshot(Level.WARNING, Level.OK))).as("declaration has its own").isNull();
        assertThat(worst.observe("INC-1", snapshot(Level.OK, Level.WARNING))).as("as bad, not worse").isNull();
        Map<String, Object> entry = worst.observe("INC-1", snapshot(Level.CRITICAL, Level.OK));
        assertThat(entry).containsEntry("label", "worst").containsEntry("score", 2);
        assertThat(values(entry, "values")).containsEntry("memory_usage", 91.0);
        assertThat(values(entry, "levels")).containsEntry("memory_usage", "critical");
        assertThat(worst.observe("INC-1", snapshot(Level.WARNING, Level.WARNING))).isNull();
        assertThat(worst.observe("INC-1", snapshot(Level.CRITICAL, Level.WARNING))).isNotNull();
    }

    @Test
    void staleAndNoDataAreNotWorseAndANewIncidentStartsAgain() {
        worst.observe("INC-1", snapshot(Level.OK, Level.OK));
        assertThat(worst.observe("INC-1", snapshot(Level.STALE, Level.NO_DATA))).isNull();
        assertThat(worst.observe(null, snapshot(Level.CRITICAL, Level.CRITICAL))).as("no active incident").isNull();
        assertThat(worst.observe("INC-2", snapshot(Level.CRITICAL, Level.CRITICAL))).as("sets INC-2's bar").isNull();
        assertThat(worst.observe("INC-2", snapshot(Level.CRITICAL, Level.CRITICAL))).isNull();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> values(Map<String, Object> entry, String key) {
        return (Map<String, Object>) entry.get(key);
    }

    private static AlertSnapshot snapshot(Level memory, Level errors) {
        return new AlertSnapshot(T, List.of(kpi("memory_usage", 91.0, memory), kpi("api_error_rate", 1.0, errors)),
                List.of(), List.of());
    }

    private static KpiState kpi(String id, double value, Level level) {
        return new KpiState(id, id, "System Health", value, "%", level, "", List.of(), T, T, null, "");
    }
}
