package dev.clio.console.common;

import dev.clio.connections.ConnectionProfile;
import dev.clio.kpi.KpiCatalog;
import dev.clio.ops.Metrics;
import dev.clio.ops.prometheus.PrometheusKpis;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where the KPI feed reads a session's KPIs: its server's own snapshot, or, when the connection profile names a
 * Prometheus, the fleet-wide values of the KPIs' promql (with the server's snapshot as the documented fallback). The
 * first Prometheus read after a bind also fetches the sparkline history, so tiles open with the last 15 minutes.
 * Called from the feed's scheduler thread only.
 */
public final class KpiSource {

    static final Duration HISTORY = Duration.ofMinutes(15);
    static final Duration HISTORY_STEP = Duration.ofSeconds(15);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** One read: the snapshot (null when nothing answered), a problem sentence, and history to seed sparklines. */
    public record Read(Metrics.KpiSnapshot snapshot, String problemOrNull, Map<String, List<PrometheusKpis.HistoryPoint>>
            history) {
    }

    private final PrometheusKpis prometheusOrNull;
    private final Clock clock;
    private boolean historyFetched;

    private KpiSource(PrometheusKpis prometheusOrNull, Clock clock) {
        this.prometheusOrNull = prometheusOrNull;
        this.clock = clock;
    }

    static KpiSource of(Session session, KpiCatalog catalog, Clock clock) {
        URI url = session == null || session.connectionOrNull() == null ? null
                : session.connectionOrNull().profile().prometheusUrlOrNull();
        return of(url, catalog, clock);
    }

    public static KpiSource of(URI prometheusUrlOrNull, KpiCatalog catalog, Clock clock) {
        if (prometheusUrlOrNull == null) {
            return new KpiSource(null, clock);
        }
        ConnectionProfile.checkPrometheus(prometheusUrlOrNull);
        return new KpiSource(PrometheusKpis.connect(prometheusUrlOrNull, TIMEOUT, catalog, clock), clock);
    }

    public boolean prometheus() {
        return prometheusOrNull != null;
    }

    /** @param serverOrNull the server's own snapshot, null when it did not answer */
    public Read read(Metrics.KpiSnapshot serverOrNull) {
        if (prometheusOrNull == null) {
            return new Read(serverOrNull, null, Map.of());
        }
        PrometheusKpis.Result result = prometheusOrNull.read(serverOrNull);
        Map<String, List<PrometheusKpis.HistoryPoint>> history = Map.of();
        if (result.problemOrNull() == null && !historyFetched) {
            historyFetched = true;
            Instant now = clock.instant();
            history = prometheusOrNull.history(now.minus(HISTORY), now, HISTORY_STEP);
        }
        return new Read(result.snapshot(), result.problemOrNull(), history);
    }
}
