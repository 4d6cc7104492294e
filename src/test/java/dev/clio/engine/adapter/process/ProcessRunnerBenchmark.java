package dev.clio.engine.adapter.process;

import dev.clio.common.concurrent.Threads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Per-process overhead of {@link ProcessRunner}: 200 {@code true} processes on 2 threads, the shape of the runner's
 * benchmark (reference: {@code make -j2} over 200 {@code true} takes about 0.07 s here). Run with
 * {@code java -cp target/classes:target/test-classes dev.clio.engine.adapter.process.ProcessRunnerBenchmark}.
 */
public final class ProcessRunnerBenchmark {

    private ProcessRunnerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path workspace = Files.createTempDirectory("process-bench");
        ProcessRunner runner = new ProcessRunner(workspace);
        ExecutorService pool = Threads.bounded("bench", 2, 1000);
        for (int round = 0; round < 8; round++) {
            long start = System.nanoTime();
            List<Future<ProcessResult>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> runner.run(ProcessSpec.of("true"))));
            }
            for (Future<ProcessResult> f : results) {
                if (!f.get().succeeded()) {
                    throw new IllegalStateException("true failed");
                }
            }
            long micros = (System.nanoTime() - start) / 1000;
            String line = String.format("round %d: 200 processes in %.1f ms (%.2f ms each)", round, micros / 1000.0,
                    micros / 200_000.0);
            java.io.PrintStream out = System.out;
            out.println(line);
        }
        Threads.shutdown(pool, 1000);
    }
}
