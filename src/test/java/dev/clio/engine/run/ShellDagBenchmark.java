package dev.clio.engine.run;

import dev.clio.common.concurrent.Threads;
import dev.clio.engine.adapter.AdapterRegistry;
import dev.clio.engine.adapter.shell.ShellAdapter;
import dev.clio.engine.workflow.Workflow;
import dev.clio.workspace.Workspace;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * 200 {@code shell} steps running {@code true} (50 layers of 4, each step depending on the whole previous layer) at
 * parallelism 2 in a warm JVM, against {@code make -j2} running the same DAG from a generated Makefile, rounds
 * interleaved. Reports the median of the warm rounds. Target: the runner within 2x of make. A third contender, the
 * same DAG run with bare {@link ProcessBuilder} calls on two threads (no engine, no capture threads, no checks), is
 * the floor any JVM program reaches with the JDK's process launch; a fourth, the engine running the DAG with an
 * adapter that makes those bare calls, splits the rest between the engine and the shell adapter's process runner.
 * Run with {@code bin/bench dev.clio.engine.run.ShellDagBenchmark}.
 */
public final class ShellDagBenchmark {

    private static final int LAYERS = 50;
    private static final int WIDTH = 4;
    private static final int ROUNDS = 15;
    private static final int WARMUP = 3;

    private ShellDagBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        Path root = Files.createTempDirectory("shell-bench");
        Path makefile = writeMakefile(root);
        Workflow workflow = BenchFlows.layered(LAYERS, WIDTH, "shell", Map.of("argv", List.of("true")));
        List<Double> runnerTimes = new ArrayList<>();
        List<Double> makeTimes = new ArrayList<>();
        List<Double> bareTimes = new ArrayList<>();
        List<Double> engineTimes = new ArrayList<>();
        ExecutorService barePool = Threads.bounded("bare", 2, WIDTH);
        try (WorkflowRunner runner = WorkflowRunner.of(AdapterRegistry.of(new ShellAdapter()));
                WorkflowRunner engineOnly = WorkflowRunner.of(AdapterRegistry.of(new BareProcessAdapter()))) {
            RunOptions options = RunOptions.builder(new Workspace(root)).parallelism(2).build();
            for (int round = 0; round < ROUNDS; round++) {
                double runnerMs = timeRunner(runner, workflow, options);
                double makeMs = timeMake(root, makefile);
                double bareMs = timeBare(root, barePool);
                double engineMs = timeRunner(engineOnly, workflow, options);
                if (round >= WARMUP) {
                    engineTimes.add(engineMs);
                    runnerTimes.add(runnerMs);
                    makeTimes.add(makeMs);
                    bareTimes.add(bareMs);
                }
                out.printf("round %d: runner %.1f ms, make -j2 %.1f ms, bare ProcessBuilder %.1f ms, engine with a"
                        + " bare adapter %.1f ms%n", round, runnerMs, makeMs, bareMs, engineMs);
            }
        } finally {
            Threads.shutdown(barePool, 1000);
        }
        double runner = median(runnerTimes);
        double make = median(makeTimes);
        out.printf("median of %d warm rounds: runner %.1f ms (%.2f ms per step), make -j2 %.1f ms, ratio %.2fx%n",
                runnerTimes.size(), runner, runner / (LAYERS * WIDTH), make, runner / make);
        double bare = median(bareTimes);
        out.printf("floor: bare ProcessBuilder %.1f ms, ratio %.2fx to make; runner / bare %.2fx%n", bare,
                bare / make, runner / bare);
        double engine = median(engineTimes);
        out.printf("split: engine with a bare adapter %.1f ms (%.2fx bare); shell adapter and process runner %.1f ms"
                + " (%.3f ms per step)%n", engine, engine / bare, runner - engine,
                (runner - engine) / (LAYERS * WIDTH));
        out.printf("best warm rounds: runner %.1f ms, make -j2 %.1f ms, bare ProcessBuilder %.1f ms%n",
                Collections.min(runnerTimes), Collections.min(makeTimes), Collections.min(bareTimes));
    }

    /** The median is robust to the bursts of load other builds put on a shared machine. */
    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double timeRunner(WorkflowRunner runner, Workflow workflow, RunOptions options) {
        long start = System.nanoTime();
        ExecutionResult result = runner.start(workflow, options).completion().join();
        double ms = (System.nanoTime() - start) / 1e6;
        if (result.status() != ExecutionStatus.SUCCEEDED) {
            throw new IllegalStateException("runner failed: " + result.error());
        }
        return ms;
    }

    private static double timeMake(Path root, Path makefile) throws Exception {
        long start = System.nanoTime();
        Process make = new ProcessBuilder("make", "-j2", "-s", "-f", makefile.toString(), "all")
                .directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (make.waitFor() != 0) {
            throw new IllegalStateException("make failed");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * The DAG with nothing but the JDK: each layer's four {@code true} processes on two threads (start, read both
     * pipes, wait), then the next layer. Each step depends on the whole previous layer, so the layer barrier is exact.
     */
    private static double timeBare(Path root, ExecutorService pool) throws Exception {
        long start = System.nanoTime();
        for (int layer = 0; layer < LAYERS; layer++) {
            List<Future<Integer>> layerSteps = new ArrayList<>();
            for (int i = 0; i < WIDTH; i++) {
                layerSteps.add(pool.submit(() -> runBare(root)));
            }
            for (Future<Integer> step : layerSteps) {
                if (step.get() != 0) {
                    throw new IllegalStateException("true failed");
                }
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** One {@code true} through the JDK alone: start, read both pipes, wait; returns the exit code. */
    static int runBare(Path root) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("true").directory(root.toFile()).start();
        p.getInputStream().readAllBytes();
        p.getErrorStream().readAllBytes();
        return p.waitFor();
    }

    private static Path writeMakefile(Path root) throws Exception {
        List<String> lines = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int layer = 1; layer <= LAYERS; layer++) {
            for (int i = 0; i < WIDTH; i++) {
                String target = "s" + layer + "_" + i;
                all.add(target);
                StringBuilder deps = new StringBuilder();
                for (int p = 0; layer > 1 && p < WIDTH; p++) {
                    deps.append(" s").append(layer - 1).append('_').append(p);
                }
                lines.add(target + ":" + deps);
                lines.add("\ttrue");
            }
        }
        lines.add(0, ".PHONY: all " + String.join(" ", all));
        lines.add(1, "all: " + String.join(" ", all.subList(all.size() - WIDTH, all.size())));
        Path makefile = root.resolve("Makefile");
        Files.write(makefile, lines);
        return makefile;
    }
}
