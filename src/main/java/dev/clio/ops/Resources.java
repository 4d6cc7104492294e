package dev.clio.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Records of the logs, config, artifacts, system, database and audit calls. */
public final class Resources {

    private Resources() {
    }

    /** Filters over the structured log; null fields do not filter. {@code since} is relative to now. */
    public record LogQuery(Duration since, String level, String event, String workflow, String text, int limit) {
    }

    public record LogEntry(Instant timestamp, String level, String event, String workflowName, String message,
            String raw) {
    }

    /** @param source default | file | env */
    public record ConfigEntry(String key, String value, String source, boolean secret) {
    }

    /** @param severity error | warning */
    public record ConfigFinding(String severity, String key, String message) {
    }

    public record ArtifactInfo(String path, long sizeBytes, Instant modified) {
    }

    public record CleanResult(boolean dryRun, List<String> removed, long bytesFreed) {
        public CleanResult {
            removed = List.copyOf(removed);
        }
    }

    public record SystemStatus(long rssBytes, long heapUsedBytes, long heapMaxBytes, long openFiles,
            double processCpuPercent, double systemCpuPercent, double memoryPercent, long diskTotalBytes,
            long diskUsedBytes, double diskPercent, int cores, Instant measuredAt) {
    }

    public record DbStatus(String dialect, boolean reachable, String version, double latencyMs, String message) {
    }

    /** A tabular diagnostic result; {@code note} explains an empty or unsupported answer. */
    public record Table(String title, List<String> columns, List<List<String>> rows, String note) {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    public record ActionResult(String action, boolean ok, String message) {
    }

    public record AuditQuery(Instant since, String actor, String action, String result, int limit) {
    }

    public record AuditEntry(Instant timestamp, String actor, String role, String action, String target,
            Map<String, Object> parameters, String result, String message, long durationMs) {
    }
}
