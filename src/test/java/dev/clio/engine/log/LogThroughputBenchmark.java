package dev.clio.engine.log;

import dev.clio.engine.run.RunEvent;
import dev.clio.engine.run.StepStatus;
import dev.clio.engine.run.listen.EventLogListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How long a run event costs the runner thread when it goes to the structured log, and a request costs in the access
 * log: each line is encoded and flushed to the file. Run by hand:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.clio.engine.log.LogThroughputBenchmark}.
 */
public final class LogThroughputBenchmark {

    private static final int WARMUP = 50_000;
    private static final int MEASURED = 200_000;

    private LogThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("log-bench");
        try (StructuredLog log = StructuredLog.open(dir.resolve("logs/cli-orchestrator.log"))) {
            EventLogListener listener = new EventLogListener(log);
            listener.onEvent(new RunEvent.ExecutionStarted("b", Instant.now(), "BENCH", "b.yaml", "u", 0, false, 1));
            run(listener, WARMUP);
            long start = System.nanoTime();
            run(listener, MEASURED);
            report("engine log, StepFinished events", MEASURED, System.nanoTime() - start);
        }
        try (AccessLog log = AccessLog.open(dir.resolve("logs/access.log"))) {
            requests(log, WARMUP);
            long start = System.nanoTime();
            requests(log, MEASURED);
            report("access log, requests", MEASURED, System.nanoTime() - start);
        }
    }

    private static void run(EventLogListener listener, int events) {
        for (int i = 0; i < events; i++) {
            listener.onEvent(new RunEvent.StepFinished("b", Instant.now(), "BENCH", "1.001", "Fast Linting",
                    "ruff_checker", StepStatus.SUCCEEDED, 1, Duration.ofMillis(420), 0, null,
                    List.of("artifacts/linting.json"), false));
        }
    }

    private static void requests(AccessLog log, int count) {
        for (int i = 0; i < count; i++) {
            log.record(new AccessLogEntry(Instant.now(), "req-" + i, "GET", "/api/v1/health", 200,
                    Duration.ofMillis(3), "clio_ab12cd", "127.0.0.1"));
        }
    }

    private static void report(String what, int count, long nanos) {
        System.out.printf("%s: %d in %.2f s, %.1f us each, %.0f per second%n", what, count, nanos / 1e9,
                nanos / 1e3 / count, count / (nanos / 1e9));
    }
}
