package dev.clio.ops.prometheus;

import dev.clio.integrations.prometheus.PromSample;
import dev.clio.integrations.prometheus.PromSeries;
import dev.clio.integrations.prometheus.PrometheusException;
import dev.clio.integrations.prometheus.PrometheusGateway;
import dev.clio.kpi.KpiCatalog;
import dev.clio.kpi.KpiDefinition;
import dev.clio.ops.Metrics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fleet-wide KPI readings from Prometheus, by the {@code promql} of each KPI definition ({@code docs/monitoring.md},
 * "The console's Prometheus data source"). Fallbacks, each said in the reading's note or the result's problem:
 * <ul>
 * <li>an empty or NaN answer is no data (null), never zero;</li>
 * <li>a KPI without promql keeps the connected server's own reading;</li>
 * <li>a query Prometheus rejects gives that KPI no data and names the error;</li>
 * <li>Prometheus not answering at all gives the server's own snapshot and a problem sentence.</li>
 * </ul>
 * Blocks on HTTP (one call per KPI); run it on a background thread.
 */
public final class PrometheusKpis {

    /** One read: the snapshot to evaluate and, when Prometheus could not be used, why. */
    public record Result(Metrics.KpiSnapshot snapshot, String problemOrNull) {
    }

    /** One step of a KPI's range query. */
    public record HistoryPoint(Instant at, double value) {
    }

    private final PrometheusGateway gateway;
    private final KpiCatalog catalog;
    private final Clock clock;

    /**
     * @throws IllegalArgumentException with a sentence when the URL is not an http(s) URL
     */
    public static PrometheusKpis connect(java.net.URI prometheusUrl, Duration timeout, KpiCatalog catalog,
            Clock clock) {
        return new PrometheusKpis(PrometheusGateway.connect(prometheusUrl, timeout), catalog, clock);
    }

    public PrometheusKpis(PrometheusGateway gateway, KpiCatalog catalog, Clock clock) {
        this.gateway = gateway;
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * Reads every KPI.
     *
     * @param serverOrNull the connected server's own snapshot (KPIs without promql, and the whole answer when
     *     Prometheus is down); null when the server did not answer either
     */
    public Result read(Metrics.KpiSnapshot serverOrNull) {
        Instant now = clock.instant();
        List<Metrics.KpiReading> out = new ArrayList<>();
        for (KpiDefinition kpi : catalog.kpis()) {
            if (kpi.promqlOrNull() == null) {
                out.add(fromServer(kpi, serverOrNull, now));
                continue;
            }
            try {
                out.add(reading(kpi, gateway.query(kpi.promqlOrNull().instant(), now), now));
            } catch (PrometheusException e) {
                if (e.kind() != PrometheusException.Kind.BAD_QUERY) {
                    return new Result(serverOrNull, e.getMessage() + "; showing this server's own KPIs instead");
                }
                out.add(new Metrics.KpiReading(kpi.id(), null, kpi.unit(), now, e.getMessage()));
            }
        }
        return new Result(new Metrics.KpiSnapshot(now, out), null);
    }

    /**
     * The range query of every KPI with promql over {@code [from, to]}: the sparkline history. A KPI whose query
     * fails or answers nothing is left out; NaN steps are left out (no data); when Prometheus does not answer the
     * history is empty (the tiles still get their instant values).
     */
    public Map<String, List<HistoryPoint>> history(Instant from, Instant to, Duration step) {
        Map<String, List<HistoryPoint>> out = new LinkedHashMap<>();
        for (KpiDefinition kpi : catalog.kpis()) {
            if (kpi.promqlOrNull() == null) {
                continue;
            }
            List<PromSeries> series;
            try {
                series = gateway.queryRange(kpi.promqlOrNull().range(), from, to, step);
            } catch (PrometheusException e) {
                if (e.kind() == PrometheusException.Kind.BAD_QUERY) {
                    continue;
                }
                return Map.of();
            }
            if (!series.isEmpty()) {
                out.put(kpi.id(), series.get(0).points().stream().filter(p -> Double.isFinite(p.value()))
                        .map(p -> new HistoryPoint(p.at(), p.value())).toList());
            }
        }
        return out;
    }

    /** The Prometheus this source asks, for messages. */
    public String url() {
        return gateway.url();
    }

    private Metrics.KpiReading reading(KpiDefinition kpi, List<PromSample> samples, Instant now) {
        Optional<PromSample> first = samples.stream().filter(s -> Double.isFinite(s.value())).findFirst();
        if (first.isEmpty()) {
            return new Metrics.KpiReading(kpi.id(), null, kpi.unit(), now, samples.isEmpty()
                    ? "no data in Prometheus (" + gateway.url() + ")"
                    : "no data in Prometheus: the ratio has nothing to divide by yet");
        }
        String note = "fleet-wide, from Prometheus (" + gateway.url() + ")" + (samples.size() > 1
                ? "; the query answered " + samples.size() + " series, the first is shown" : "");
        return new Metrics.KpiReading(kpi.id(), first.get().value(), kpi.unit(), first.get().at(), note);
    }

    private static Metrics.KpiReading fromServer(KpiDefinition kpi, Metrics.KpiSnapshot server, Instant now) {
        Optional<Metrics.KpiReading> own = server == null ? Optional.empty()
                : server.readings().stream().filter(r -> r.id().equals(kpi.id())).findFirst();
        return own.map(r -> new Metrics.KpiReading(r.id(), r.value(), r.unit(), r.measuredAt(),
                        "this server only (no Prometheus form): " + r.note()))
                .orElseGet(() -> new Metrics.KpiReading(kpi.id(), null, kpi.unit(), now,
                        "no Prometheus form, and the server did not answer"));
    }
}
