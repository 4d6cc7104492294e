package dev.clio.cli;

import dev.clio.ops.AdapterState;
import dev.clio.ops.Health;
import dev.clio.ops.Metrics;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.Resources;
import dev.clio.ops.Workflows;
import dev.clio.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Stands in for the embedded Operations until branch 'embedded' is merged: artifacts are the workspace's real files,
 * health looks at the real schema file, config and audit are kept in memory.
 */
final class StandInOperations implements Operations {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private final Workspace ws;
    private final Map<String, String> config = new LinkedHashMap<>();
    final List<Resources.AuditEntry> audit = new CopyOnWriteArrayList<>();
    final List<Consumer<Resources.LogEntry>> sinks = new CopyOnWriteArrayList<>();
    volatile List<Resources.ConfigFinding> findings = List.of();

    StandInOperations(Workspace ws) {
        this.ws = ws;
        config.put("port", "8080");
        config.put("log_level", "INFO");
    }

    @Override
    public Health.Report health() {
        boolean schema = Files.isRegularFile(ws.schemas().resolve("workflow.schema.json"));
        return new Health.Report(schema ? "healthy" : "unhealthy", schema ? "All checks passing" : "1 checks failing",
                List.of(new Health.Check("workflow_schemas", schema ? "healthy" : "unhealthy",
                        schema ? "Check passed" : "workflow.schema.json is missing")), T0);
    }

    @Override
    public Health.Readiness ready() {
        return new Health.Readiness(true, "ready");
    }

    @Override
    public Health.Info info() {
        return new Health.Info("cli-orchestrator", "0.1.0", 3_725, "development", "embedded",
                Map.of("metrics", true, "security", true), T0);
    }

    @Override
    public Metrics.Summary metricsSummary(Duration window) {
        return new Metrics.Summary(dev.clio.ops.Durations.format(window), 200, 6, 0.03,
                new Metrics.Latency(12, 80, 140), List.of(new Metrics.EndpointCount("/health", "GET", 200, 194)),
                Map.of("http_5xx", 6L, "workflow_failed", 1L), 10, 9, 1, 0.9, 12.5);
    }

    @Override
    public Metrics.TokenUsage tokenUsage() {
        return new Metrics.TokenUsage(1200, 100_000, 98_800, Map.of("PY_EDIT_TRIAGE", 1000L, "HELLO", 200L), 50.0,
                null);
    }

    @Override
    public Metrics.KpiSnapshot kpiSnapshot() {
        return new Metrics.KpiSnapshot(T0, List.of());
    }

    @Override
    public List<AdapterState> adapters() {
        return List.of();
    }

    @Override
    public List<Workflows.Summary> workflows() {
        return List.of();
    }

    @Override
    public Workflows.Verification verify(String workflowFile) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Workflows.Execution execute(Workflows.ExecuteRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Workflows.Plan plan(Workflows.ExecuteRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Workflows.Execution execution(String executionId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Workflows.Execution> history(int limit) {
        return List.of();
    }

    @Override
    public Workflows.Execution cancel(String executionId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Workflows.Execution resume(String executionId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Workflows.HealthCheck healthCheckStatus() {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Resources.LogEntry> logs(Resources.LogQuery query) {
        return Stream.of(entry("INFO", "workflow_started", "started"), entry("ERROR", "workflow_execution_failed",
                "step 1.001 failed")).filter(e -> query.level() == null || query.level().equals(e.level())).toList();
    }

    static Resources.LogEntry entry(String level, String event, String message) {
        return new Resources.LogEntry(T0, level, event, "HELLO", message, "{}");
    }

    @Override
    public Subscription streamLogs(Resources.LogQuery query, Consumer<Resources.LogEntry> sink) {
        sinks.add(sink);
        return () -> sinks.remove(sink);
    }

    @Override
    public List<Resources.ConfigEntry> config() {
        List<Resources.ConfigEntry> entries = new ArrayList<>();
        config.forEach((k, v) -> entries.add(new Resources.ConfigEntry(k, v, "default", false)));
        entries.add(new Resources.ConfigEntry("api_key", "sk-very-secret", "env", true));
        return entries;
    }

    @Override
    public List<Resources.ConfigFinding> validateConfig() {
        return findings;
    }

    @Override
    public Resources.ActionResult setConfig(String key, String value) {
        if (!config.containsKey(key)) {
            throw OpsException.invalid("unknown setting '" + key + "'");
        }
        config.put(key, value);
        audited("config.set", key);
        return new Resources.ActionResult("config.set", true, key + " = " + value);
    }

    @Override
    public List<Resources.ArtifactInfo> artifacts() {
        return files().stream().map(p -> new Resources.ArtifactInfo(ws.root().relativize(p).toString(), size(p),
                T0)).toList();
    }

    @Override
    public Resources.CleanResult cleanArtifacts(boolean dryRun) {
        List<Path> doomed = files().stream().filter(p -> p.toString().endsWith(".tmp") || size(p) == 0).toList();
        long bytes = doomed.stream().mapToLong(StandInOperations::size).sum();
        if (!dryRun) {
            doomed.forEach(p -> p.toFile().delete());
            audited("artifacts.clean", "artifacts/");
        }
        return new Resources.CleanResult(dryRun, doomed.stream().map(p -> ws.root().relativize(p).toString())
                .toList(), bytes);
    }

    @Override
    public Resources.SystemStatus system() {
        return new Resources.SystemStatus(300L << 20, 100L << 20, 1L << 30, 42, 3.5, 20.0, 40.0, 100L << 30,
                50L << 30, 50.0, 2, T0);
    }

    @Override
    public Resources.ActionResult runGc() {
        audited("system.gc", null);
        return new Resources.ActionResult("system.gc", true, "freed 10.0 MiB");
    }

    @Override
    public Resources.DbStatus dbStatus() {
        return new Resources.DbStatus("sqlite", true, "3.50.3", 0.4, "ok");
    }

    @Override
    public Resources.Table dbActivity() {
        return new Resources.Table("Connections by state", List.of("state", "connections"),
                List.of(List.of("active", "1")), null);
    }

    @Override
    public Resources.Table dbSlowQueries() {
        return new Resources.Table("Slow queries", List.of("query", "mean_ms", "calls"), List.of(),
                "SQLite keeps no query statistics");
    }

    @Override
    public Resources.Table dbLocks() {
        return new Resources.Table("Lock contention", List.of("blocked_pid", "blocking_pid"), List.of(), null);
    }

    @Override
    public Resources.ActionResult dbCreateIndexes() {
        audited("db.create-indexes", "sqlite");
        return new Resources.ActionResult("db.create-indexes", true, "3 indexes present");
    }

    @Override
    public Resources.ActionResult dbVacuum() {
        audited("db.vacuum", "sqlite");
        return new Resources.ActionResult("db.vacuum", true, "vacuumed");
    }

    @Override
    public List<Resources.AuditEntry> audit(Resources.AuditQuery query) {
        return audit.stream().filter(e -> query.action() == null || e.action().startsWith(query.action()))
                .limit(query.limit()).toList();
    }

    @Override
    public void close() {
    }

    private void audited(String action, String target) {
        audit.add(0, new Resources.AuditEntry(Instant.now(), "local:tester", "admin", action, target, Map.of(), "ok",
                "", 1));
    }

    private List<Path> files() {
        if (!Files.isDirectory(ws.artifacts())) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(ws.artifacts())) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
