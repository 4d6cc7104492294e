package dev.clio.ops.embedded;

import dev.clio.ops.Metrics;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.RequestStats;
import dev.clio.store.ExecutionRecord;
import dev.clio.store.WindowStats;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** {@code metricsSummary}, {@code tokenUsage} and {@code growth}: the server's request window plus the store. */
final class MetricsCalls {

    /** Executions read to split today's tokens by workflow and to classify failures. */
    static final int SCAN_LIMIT = 5_000;
    private static final Duration MAX_WINDOW = Duration.ofDays(31);

    private final EmbeddedEngine engine;

    MetricsCalls(EmbeddedEngine engine) {
        this.engine = engine;
    }

    Metrics.Summary summary(Duration window) {
        if (window == null || window.isNegative() || window.isZero() || window.compareTo(MAX_WINDOW) > 0) {
            throw OpsException.invalid("window: must be between 1 s and 31 d, e.g. 1h");
        }
        Instant now = engine.clock().instant();
        RequestStats.Snapshot requests = engine.requestStats().snapshot(window);
        WindowStats runs = engine.store().windowStats(now.minus(window), now);
        Map<String, Long> errors = new TreeMap<>(requests.errors());
        errors.putAll(failureKinds(now.minus(window)));
        long finished = runs.succeeded() + runs.failed() + runs.interrupted();
        double successRate = runs.successRate() == null ? 0 : runs.successRate();
        double average = runs.averageDuration() == null ? 0 : runs.averageDuration().toMillis() / 1000.0;
        return new Metrics.Summary(label(window), requests.totalRequests(), requests.errorRequests(),
                requests.errorRate(), requests.latency(), requests.endpoints(), errors, runs.executions(),
                runs.succeeded(), runs.failed() + runs.interrupted(), finished == 0 ? 0 : successRate, average);
    }

    /** Failed and interrupted executions of the window by cause, read from their error messages. */
    private Map<String, Long> failureKinds(Instant since) {
        Map<String, Long> kinds = new LinkedHashMap<>();
        for (String kind : List.of("workflow_failed", "workflow_interrupted", "budget_exceeded", "adapter_unavailable",
                "step_timeout")) {
            kinds.put(kind, 0L);
        }
        for (ExecutionRecord r : engine.store().recentFailures(since, SCAN_LIMIT)) {
            kinds.merge("interrupted".equals(r.status()) ? "workflow_interrupted" : "workflow_failed", 1L, Long::sum);
            String error = r.error() == null ? "" : r.error().toLowerCase(Locale.ROOT);
            if (error.contains("budget")) {
                kinds.merge("budget_exceeded", 1L, Long::sum);
            } else if (error.contains("not available") || error.contains("unavailable")) {
                kinds.merge("adapter_unavailable", 1L, Long::sum);
            } else if (error.contains("timed out") || error.contains("timeout")) {
                kinds.merge("step_timeout", 1L, Long::sum);
            }
        }
        return kinds;
    }

    /**
     * Today's (UTC) tokens against the daily budget, which is {@code max_tokens_default} (0: no budget, so nothing
     * is remaining and nothing runs out); the burn rate is the tokens of executions started in the last hour.
     */
    Metrics.TokenUsage tokens() {
        Instant now = engine.clock().instant();
        Instant midnight = LocalDate.ofInstant(now, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, Long> byWorkflow = new TreeMap<>();
        long today = 0;
        for (ExecutionRecord r : engine.store().recentExecutions(SCAN_LIMIT)) {
            if (r.startedAt().isBefore(midnight)) {
                break;
            }
            byWorkflow.merge(r.workflowName(), r.tokensUsed(), Long::sum);
            today += r.tokensUsed();
        }
        long budget = engine.settings().maxTokensDefault();
        long remaining = budget == 0 ? 0 : Math.max(0, budget - today);
        double burn = engine.store().windowStats(now.minus(Duration.ofHours(1)), now).tokens();
        Instant exhaustion = null;
        if (budget > 0 && remaining == 0) {
            exhaustion = now;
        } else if (budget > 0 && burn > 0) {
            exhaustion = now.plusSeconds((long) (remaining / burn * 3600));
        }
        return new Metrics.TokenUsage(today, budget, remaining, byWorkflow, burn, exhaustion);
    }

    /** The store's daily stats as the growth series; days outside 1 to {@value Operations#MAX_GROWTH_DAYS} refused. */
    Metrics.Growth growth(int days) {
        if (days < 1 || days > Operations.MAX_GROWTH_DAYS) {
            throw OpsException.invalid("days: '" + days + "' is not a whole number from 1 to "
                    + Operations.MAX_GROWTH_DAYS);
        }
        List<Metrics.GrowthDay> series = engine.store().dailyStats(days, engine.clock().instant()).stream()
                .map(d -> new Metrics.GrowthDay(d.date(), d.distinctUsers(), d.executions(), d.succeeded(),
                        d.failed(), d.tokens())).toList();
        return new Metrics.Growth(series.get(0).date(), series.get(series.size() - 1).date(), series);
    }

    static String label(Duration window) {
        long s = window.toSeconds();
        if (s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s % 3600 == 0) {
            return s / 3600 + "h";
        }
        return s % 60 == 0 ? s / 60 + "m" : s + "s";
    }
}
