package dev.clio.ops.embedded;

import dev.clio.ops.Metrics;
import dev.clio.ops.Metrics.KpiReading;
import dev.clio.ops.RequestStats;
import dev.clio.security.SecurityKpis;
import dev.clio.store.DailyStat;
import dev.clio.store.ExecutionRecord;
import dev.clio.store.WindowStats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Every KPI of the runbook's System Health, Business and Security tables; {@code docs/kpis.md} defines each. */
final class KpiCalls {

    static final Duration REQUEST_WINDOW = Duration.ofHours(1);
    static final Duration RUN_WINDOW = Duration.ofHours(24);
    /** Newest finished executions looked at for the artifact generation rate. */
    static final int ARTIFACT_SAMPLE = 100;

    private final EmbeddedEngine engine;

    KpiCalls(EmbeddedEngine engine) {
        this.engine = engine;
    }

    Metrics.KpiSnapshot snapshot() {
        Instant now = engine.clock().instant();
        List<KpiReading> out = new ArrayList<>();
        system(out, now);
        business(out, now);
        security(out, now);
        return new Metrics.KpiSnapshot(now, out);
    }

    private void system(List<KpiReading> out, Instant now) {
        RequestStats.Snapshot requests = engine.requestStats().snapshot(REQUEST_WINDOW);
        boolean any = requests.totalRequests() > 0;
        out.add(reading("api_response_time_p95", any ? requests.latency().p95Ms() : null, "ms", now,
                any ? requests.totalRequests() + " requests in the last hour" : "no API requests in the last hour"));
        out.add(reading("api_error_rate", any ? 100 * requests.errorRate() : null, "%", now,
                "5xx responses among the requests of the last hour"));
        WindowStats runs = engine.store().windowStats(now.minus(RUN_WINDOW), now);
        out.add(reading("workflow_success_rate", runs.successRate() == null ? null : 100 * runs.successRate(), "%",
                now, runs.executions() + " executions in the last 24 h (cancelled ones left out)"));
        out.add(reading("service_uptime", engine.uptime().percent(), "%", now, engine.uptime().samples()
                + " health probes since " + engine.startedAt() + " (every 30 s)"));
        out.add(reading("memory_usage", SystemProbe.memoryPercent(), "%", now, "machine memory in use"));
        out.add(reading("cpu_usage", SystemProbe.systemCpuPercent(), "%", now, "machine CPU load"));
        long[] disk = SystemProbe.disk(engine.workspace().root());
        out.add(reading("disk_usage", disk[0] == 0 ? null : 100.0 * (disk[0] - disk[1]) / disk[0], "%", now,
                "the workspace volume"));
    }

    private void business(List<KpiReading> out, Instant now) {
        List<DailyStat> days = engine.store().dailyStats(7, now);
        DailyStat today = days.get(days.size() - 1);
        out.add(reading("daily_active_users", (double) today.distinctUsers(), "users", now,
                "distinct users who started executions today (UTC); last 7 days: "
                        + days.stream().map(d -> String.valueOf(d.distinctUsers())).toList()));
        long budget = engine.settings().maxTokensDefault();
        out.add(reading("token_efficiency", budget == 0 ? null : 100.0 * today.tokens() / budget, "% of budget",
                now, budget == 0 ? "no daily budget (max_tokens_default is 0)"
                        : today.tokens() + " of " + budget + " tokens used today"));
        WindowStats runs = engine.store().windowStats(now.minus(RUN_WINDOW), now);
        Duration average = runs.averageDuration();
        out.add(reading("workflow_completion_time", average == null ? null : average.toMillis() / 1000.0, "s", now,
                "mean duration of the executions that ended in the last 24 h"));
        out.add(artifactRate(now));
    }

    private KpiReading artifactRate(Instant now) {
        Instant since = now.minus(RUN_WINDOW);
        long finished = 0;
        long withArtifacts = 0;
        for (ExecutionRecord r : engine.store().recentExecutions(ARTIFACT_SAMPLE)) {
            boolean real = !r.dryRun() && r.startedAt().isAfter(since);
            if (real && ("succeeded".equals(r.status()) || "failed".equals(r.status()))) {
                finished++;
                withArtifacts += "succeeded".equals(r.status())
                        && !engine.store().artifacts(r.executionId()).isEmpty() ? 1 : 0;
            }
        }
        return reading("artifact_generation_rate", finished == 0 ? null : 100.0 * withArtifacts / finished, "%", now,
                "finished executions of the last 24 h that succeeded and recorded artifacts (" + finished
                        + " looked at)");
    }

    private void security(List<KpiReading> out, Instant now) {
        SecurityKpis k = engine.gate().monitor().kpis(now);
        out.add(reading("failed_auth_rate", k.authAttempts() == 0 ? null : k.failedAuthRatePercent(), "%", now,
                k.authAttempts() + " authentications in the last " + k.window().toMinutes() + " min"));
        out.add(reading("permission_denials", k.permissionChecks() == 0 ? null : k.permissionDenialRatePercent(),
                "%", now, k.permissionChecks() + " permission checks in the last " + k.window().toMinutes()
                        + " min"));
        out.add(reading("suspicious_activity", (double) k.suspiciousActivityIncidents(), "incidents", now,
                "incidents in the last " + k.window().toMinutes() + " min"));
        out.add(reading("api_key_misuse", (double) k.keyMisuseIncidents(), "incidents", now,
                "incidents in the last " + k.window().toMinutes() + " min"));
    }

    private static KpiReading reading(String id, Double value, String unit, Instant at, String note) {
        return new KpiReading(id, value, unit, at, note);
    }
}
