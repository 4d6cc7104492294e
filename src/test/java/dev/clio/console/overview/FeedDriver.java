package dev.clio.console.overview;

import dev.clio.testing.ManualClock;
import dev.clio.console.common.KpiFeed;
import dev.clio.kpi.AlertEngine;
import dev.clio.kpi.AlertSnapshot;
import dev.clio.kpi.KpiCatalog;
import dev.clio.ops.Health;
import dev.clio.ops.Metrics.KpiReading;
import dev.clio.ops.Metrics.KpiSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Crafts {@link KpiFeed.Update}s the way the feed does: readings through the real {@link AlertEngine} with the shipped
 * catalog, on a clock the test moves by hand.
 */
final class FeedDriver {

    static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    /** Values well inside every KPI's warning threshold. */
    static final Map<String, Double> HEALTHY = healthy();

    final ManualClock clock = new ManualClock(T0);
    final AlertEngine engine = new AlertEngine(KpiCatalog.defaults(), clock);
    final SimpleObjectProperty<KpiFeed.Update> feed = new SimpleObjectProperty<>();
    private Instant lastSuccess;

    /** One poll that answered: every KPI healthy except {@code changes} (a null value is no data). */
    KpiFeed.Update poll(Map<String, Double> changes) {
        return poll(changes, Set.of(), Map.of());
    }

    KpiFeed.Update poll(Map<String, Double> changes, Set<String> unreported, Map<String, List<Double>> series) {
        Map<String, Double> values = new LinkedHashMap<>(HEALTHY);
        values.putAll(changes);
        List<KpiReading> readings = new ArrayList<>();
        values.forEach((id, v) -> {
            if (!unreported.contains(id)) {
                readings.add(new KpiReading(id, v, "", clock.instant(), v == null ? "nothing to measure" : null));
            }
        });
        lastSuccess = clock.instant();
        return publish(engine.evaluate(new KpiSnapshot(clock.instant(), readings), healthy(clock.instant()), series,
                clock.instant()));
    }

    /** One poll that did not answer. */
    KpiFeed.Update silent() {
        return publish(engine.evaluate(null, null, Map.of(), clock.instant()));
    }

    /** Polls once a second for {@code seconds}, the clock moving along. */
    void run(int seconds, Map<String, Double> changes) {
        for (int i = 0; i < seconds; i++) {
            clock.advance(Duration.ofSeconds(1));
            poll(changes);
        }
    }

    private KpiFeed.Update publish(AlertSnapshot snapshot) {
        KpiFeed.Update update = new KpiFeed.Update(snapshot, lastSuccess, lastSuccess == null ? "no answer" : null);
        feed.set(update);
        return update;
    }

    private static Health.Report healthy(Instant at) {
        return new Health.Report("healthy", null, List.of(), at);
    }

    private static Map<String, Double> healthy() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("api_response_time_p95", 150.0);
        m.put("api_error_rate", 0.1);
        m.put("workflow_success_rate", 99.0);
        m.put("service_uptime", 100.0);
        m.put("memory_usage", 50.0);
        m.put("cpu_usage", 30.0);
        m.put("disk_usage", 50.0);
        m.put("daily_active_users", 12.0);
        m.put("token_efficiency", 40.0);
        m.put("workflow_completion_time", 60.0);
        m.put("artifact_generation_rate", 99.0);
        m.put("failed_auth_rate", 0.5);
        m.put("permission_denials", 1.0);
        m.put("suspicious_activity", 0.0);
        m.put("api_key_misuse", 0.0);
        return m;
    }

    static Map<String, Double> with(Object... idsAndValues) {
        Map<String, Double> m = new HashMap<>();
        for (int i = 0; i < idsAndValues.length; i += 2) {
            m.put((String) idsAndValues[i], (Double) idsAndValues[i + 1]);
        }
        return m;
    }
}
