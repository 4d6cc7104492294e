package dev.clio.engine.run;

import dev.clio.engine.adapter.AdapterRegistry;
import dev.clio.engine.workflow.Workflow;
import dev.clio.workspace.Workspace;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Engine overhead per step: 500 in-process no-op steps (100 layers of 5, each step depending on the whole previous
 * layer, so every completion releases work), warm JVM. Target: at most 1 ms per step. Run with {@code java -cp
 * "target/classes:target/test-classes:$(cat target/cp.txt)" dev.clio.engine.run.RunnerOverheadBenchmark}.
 */
public final class RunnerOverheadBenchmark {

    private RunnerOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        Path root = Files.createTempDirectory("runner-bench");
        Workflow workflow = BenchFlows.layered(100, 5, "noop", Map.of());
        int parallelism = Runtime.getRuntime().availableProcessors();
        try (WorkflowRunner runner = WorkflowRunner.of(AdapterRegistry.of(TestAdapter.ok("noop")))) {
            RunOptions options = RunOptions.builder(new Workspace(root)).parallelism(parallelism).build();
            double best = Double.MAX_VALUE;
            for (int round = 0; round < 15; round++) {
                long start = System.nanoTime();
                ExecutionResult result = runner.start(workflow, options).completion().join();
                double ms = (System.nanoTime() - start) / 1e6;
                if (result.status() != ExecutionStatus.SUCCEEDED) {
                    throw new IllegalStateException("run failed: " + result.error());
                }
                best = round >= 5 ? Math.min(best, ms) : best;
                out.printf("round %2d: 500 steps in %7.1f ms (%.3f ms per step)%n", round, ms, ms / 500);
            }
            out.printf("best warm round: %.1f ms, %.3f ms per step (parallelism %d)%n", best, best / 500,
                    parallelism);
        }
    }
}
