package dev.clio.ops.embedded;

import dev.clio.ops.Operations;
import dev.clio.ops.Resources;
import dev.clio.ops.Workflows;
import dev.clio.security.Caller;
import dev.clio.workspace.Workspace;
import dev.clio.workspace.WorkspaceInitializer;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Latency of the embedded read calls (target: p95 at most 100 ms) on a workspace with 30 executions and a 40 MiB
 * engine log. Run by hand (surefire skips it): {@code mvn -q -o test-compile dependency:build-classpath
 * -Dmdep.outputFile=cp.txt} then {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * dev.clio.ops.embedded.OperationsBenchmark}.
 */
public final class OperationsBenchmark {

    private static final int ROUNDS = 40;

    private OperationsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("clio-ops-bench");
        WorkspaceInitializer.initialize(dir.resolve("ws"));
        Workspace ws = new Workspace(dir.resolve("ws"));
        fillLog(ws.engineLog(), 40L * 1024 * 1024);
        try (EmbeddedEngine engine = EmbeddedEngine.open(ws, EngineOptions.defaults().withEnvironment(Map.of()))) {
            Operations ops = engine.operations(Caller.local("bench"));
            for (int i = 0; i < 30; i++) {
                String id = ops.execute(new Workflows.ExecuteRequest("HELLO.yaml", false, null, null, null, null))
                        .executionId();
                while ("running".equals(ops.execution(id).status())) {
                    Thread.sleep(5);
                }
            }
            measure("health", ops, Operations::health);
            measure("kpiSnapshot", ops, Operations::kpiSnapshot);
            measure("metricsSummary(1h)", ops, o -> o.metricsSummary(Duration.ofHours(1)));
            measure("tokenUsage", ops, Operations::tokenUsage);
            measure("history(20)", ops, o -> o.history(20));
            measure("workflows (validates every sample)", ops, Operations::workflows);
            measure("logs, newest 100", ops, o -> o.logs(new Resources.LogQuery(null, null, null, null, null, 100)));
            measure("logs, rare event over 16 MiB scanned", ops, o -> o.logs(new Resources.LogQuery(null, null,
                    "never_written", null, null, 100)));
            measure("logs, text filter over 16 MiB scanned", ops, o -> o.logs(new Resources.LogQuery(null, null,
                    null, null, "no such text", 100)));
            measure("system", ops, Operations::system);
            measure("artifacts", ops, Operations::artifacts);
        }
    }

    private static void fillLog(Path file, long bytes) throws Exception {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            long written = 0;
            for (int i = 0; written < bytes; i++) {
                String line = "{\"timestamp\":\"" + Instant.now() + "\",\"level\":\"INFO\",\"event\":\"step_started\","
                        + "\"message\":\"Step 1.001 started\",\"workflow_name\":\"Bench\",\"execution_id\":\"exec_"
                        + i + "\",\"user_id\":\"bench\",\"step_id\":\"1.001\",\"attempt\":1}\n";
                out.write(line);
                written += line.length();
            }
        }
    }

    private static void measure(String name, Operations ops, Consumer<Operations> call) {
        for (int i = 0; i < 5; i++) {
            call.accept(ops);
        }
        double[] millis = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            call.accept(ops);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%-42s p50 %8.2f ms   p95 %8.2f ms%n", name, millis[ROUNDS / 2],
                millis[(int) Math.ceil(ROUNDS * 0.95) - 1]);
    }
}
