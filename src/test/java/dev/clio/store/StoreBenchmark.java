package dev.clio.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

/**
 * Measures the store's costs on this machine: opening a migrated database, the writes one step costs the runner
 * (stepStarted + stepFinished), and the console's aggregate queries over 10,000 executions. Run with
 * {@code java -cp target/classes:target/test-classes:<deps> dev.clio.store.StoreBenchmark [postgres-url]}.
 */
public final class StoreBenchmark {

    private static final int STEPS = 400;
    private static final int EXECUTIONS = 10_000;

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("clio-bench");
        String sqlite = "sqlite:///" + dir.resolve("orchestrator.db");
        run("SQLite", sqlite);
        if (args.length > 0) {
            run("PostgreSQL", args[0]);
        }
    }

    private static void run(String label, String url) {
        DatabaseConfig config = DatabaseConfig.parse(url, new PoolSettings(4, 4));
        long start = System.nanoTime();
        JdbcExecutionStore.open(config).close();
        double firstOpen = millis(start);
        start = System.nanoTime();
        try (JdbcExecutionStore store = JdbcExecutionStore.open(config)) {
            double reopen = millis(start);
            Instant t0 = Instant.parse("2026-03-01T00:00:00Z");
            store.executionStarted("bench_steps", "BENCH", "b.yaml", "u", false, t0);
            double[] perStep = new double[STEPS];
            for (int i = 0; i < STEPS; i++) {
                long s = System.nanoTime();
                store.stepStarted("bench_steps", "1." + i, "Step", "shell", 1, t0);
                store.stepFinished("bench_steps", "1." + i, "succeeded", 0, null, t0);
                perStep[i] = millis(s);
            }
            for (int i = 0; i < EXECUTIONS; i++) {
                Instant at = t0.plusSeconds(i * 250L);
                store.executionStarted("bench_" + i, "BENCH" + (i % 7), "b.yaml", "user" + (i % 40), false, at);
                store.executionFinished("bench_" + i, i % 10 == 0 ? "failed" : "succeeded", i % 500, null,
                        at.plusSeconds(30));
            }
            Instant now = t0.plusSeconds(EXECUTIONS * 250L);
            start = System.nanoTime();
            store.dailyStats(30, now);
            double daily = millis(start);
            start = System.nanoTime();
            store.windowStats(now.minusSeconds(7 * 86400), now);
            double window = millis(start);
            Arrays.sort(perStep);
            System.out.printf("%s: first open %.0f ms, reopen %.0f ms, step writes median %.2f ms p95 %.2f ms,"
                    + " dailyStats(30) %.1f ms, windowStats(7d) %.1f ms over %d executions%n", label, firstOpen,
                    reopen, perStep[STEPS / 2], perStep[STEPS * 95 / 100], daily, window, EXECUTIONS);
        }
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
