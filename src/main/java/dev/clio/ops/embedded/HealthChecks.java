package dev.clio.ops.embedded;

import dev.clio.ops.Health;
import dev.clio.store.diagnostics.Connectivity;
import dev.clio.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The named checks of {@code health}, as the original service names them ({@code workflow_schemas},
 * {@code artifacts_directory}, {@code system_memory}) plus {@code execution_store}, {@code disk_space} and
 * {@code engine_log}. Any unhealthy check makes the report unhealthy, else any degraded one degraded.
 */
final class HealthChecks {

    static final String HEALTHY = "healthy";
    static final String DEGRADED = "degraded";
    static final String UNHEALTHY = "unhealthy";

    private final EmbeddedEngine engine;

    HealthChecks(EmbeddedEngine engine) {
        this.engine = engine;
    }

    /** Blocks on a file write in artifacts/ and one {@code SELECT 1}. */
    Health.Report report() {
        Workspace ws = engine.workspace();
        List<Health.Check> checks = new ArrayList<>();
        checks.add(schemas(ws));
        checks.add(artifacts(ws));
        checks.add(store());
        checks.add(level("system_memory", SystemProbe.memoryPercent(), 90, 97, "memory in use"));
        long[] disk = SystemProbe.disk(ws.root());
        double diskPercent = disk[0] == 0 ? 0 : 100.0 * (disk[0] - disk[1]) / disk[0];
        checks.add(level("disk_space", diskPercent, 90, 95, "of the workspace volume in use"));
        checks.add(engineLog());
        long unhealthy = checks.stream().filter(c -> UNHEALTHY.equals(c.status())).count();
        long degraded = checks.stream().filter(c -> DEGRADED.equals(c.status())).count();
        String status = unhealthy > 0 ? UNHEALTHY : degraded > 0 ? DEGRADED : HEALTHY;
        String message = unhealthy > 0 ? unhealthy + " checks failing" : degraded > 0 ? degraded + " checks degraded"
                : "All checks passing";
        return new Health.Report(status, message, checks, Instant.now());
    }

    private static Health.Check schemas(Workspace ws) {
        Path schema = ws.schemas().resolve("workflow.schema.json");
        return Files.isRegularFile(schema) ? new Health.Check("workflow_schemas", HEALTHY, "Check passed")
                : new Health.Check("workflow_schemas", UNHEALTHY, schema + " is missing; restore it with"
                        + " 'cli-orchestrator init' on a copy of the workspace");
    }

    private static Health.Check artifacts(Workspace ws) {
        try {
            // a new, uniquely named file: an existing name could be a symbolic link leading out of the workspace
            Path probe = Files.createTempFile(ws.artifacts(), ".health_check", ".probe");
            Files.delete(probe);
            return new Health.Check("artifacts_directory", HEALTHY, "Check passed");
        } catch (IOException | RuntimeException e) {
            return new Health.Check("artifacts_directory", UNHEALTHY, ws.artifacts() + " is not writable ("
                    + e.getClass().getSimpleName() + "); make it a writable directory");
        }
    }

    private Health.Check store() {
        Connectivity c = engine.diagnostics().connectivity();
        return c.ok() ? new Health.Check("execution_store", HEALTHY, c.database() + " answers")
                : new Health.Check("execution_store", UNHEALTHY, c.database() + ": " + c.error());
    }

    private Health.Check engineLog() {
        return engine.log().failure().map(f -> new Health.Check("engine_log", DEGRADED, f))
                .orElse(new Health.Check("engine_log", HEALTHY, "Check passed"));
    }

    private static Health.Check level(String name, double percent, double degradedAt, double unhealthyAt,
            String what) {
        String text = String.format(Locale.ROOT, "%.1f %% %s", percent, what);
        String status = percent >= unhealthyAt ? UNHEALTHY : percent >= degradedAt ? DEGRADED : HEALTHY;
        return new Health.Check(name, status, text);
    }
}
