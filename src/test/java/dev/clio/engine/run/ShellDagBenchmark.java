package dev.clio.engine.run;

import dev.clio.common.concurrent.Threads;
import dev.clio.engine.adapter.AdapterRegistry;
import dev.clio.engine.adapter.process.ProcessRunner;
import dev.clio.engine.adapter.process.ProcessSpec;
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
 * interleaved. Reports the median of the warm rounds. Target: the runner within 2x of make. Two more contenders run
 * the same DAG on two threads without the engine: {@link ProcessRunner} alone (the floor of the runner with the
 * launcher in use, printed first) and bare {@link ProcessBuilder} calls (the floor of anything built on the JDK's
 * process launch). Run with {@code bin/bench dev.clio.engine.run.ShellDagBenchmark}; pass
 * {@code -Dclio.process.launcher=jdk} in {@code BENCH_JAVA_OPTS} to measure the fallback.
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
        List<Double> aloneTimes = new ArrayList<>();
        List<Double> bareTimes = new ArrayList<>();
        ExecutorService pool = Threads.bounded("bare", 2, WIDTH);
        ProcessRunner processRunner = new ProcessRunner(root);
        out.println("process launcher: " + ProcessRunner.launcherInUse());
        try (WorkflowRunner runner = WorkflowRunner.of(AdapterRegistry.of(new ShellAdapter()))) {
            RunOptions options = RunOptions.builder(new Workspace(root)).parallelism(2).build();
            for (int round = 0; round < ROUNDS; round++) {
                double runnerMs = timeRunner(runner, workflow, options);
                double makeMs = timeMake(root, makefile);
                double aloneMs = timeLayers(pool, () -> processRunner.run(ProcessSpec.of("true")).exitCode());
                double bareMs = timeLayers(pool, () -> runBare(root));
                if (round >= WARMUP) {
                    runnerTimes.add(runnerMs);
                    makeTimes.add(makeMs);
                    aloneTimes.add(aloneMs);
                    bareTimes.add(bareMs);
                }
                out.printf("round %d: runner %.1f ms, make -j2 %.1f ms, ProcessRunner alone %.1f ms, bare"
                        + " ProcessBuilder %.1f ms%n", round, runnerMs, makeMs, aloneMs, bareMs);
            }
        } finally {
            Threads.shutdown(pool, 1000);
        }
        double runner = median(runnerTimes);
        double make = median(makeTimes);
        out.printf("median of %d warm rounds: runner %.1f ms (%.2f ms per step), make -j2 %.1f ms, ratio %.2fx%n",
                runnerTimes.size(), runner, runner / (LAYERS * WIDTH), make, runner / make);
        double alone = median(aloneTimes);
        out.printf("floor: ProcessRunner alone %.1f ms, ratio %.2fx to make; runner / alone %.2fx (engine and shell"
                + " adapter %.3f ms per step)%n", alone, alone / make, runner / alone,
                (runner - alone) / (LAYERS * WIDTH));
        double bare = median(bareTimes);
        out.printf("JDK: bare ProcessBuilder %.1f ms, ratio %.2fx to make; runner / bare %.2fx%n", bare,
                bare / make, runner / bare);
        out.printf("best warm rounds: runner %.1f ms, make -j2 %.1f ms, ProcessRunner alone %.1f ms, bare"
                + " ProcessBuilder %.1f ms%n", Collections.min(runnerTimes), Collections.min(makeTimes),
                Collections.min(aloneTimes), Collections.min(bareTimes));
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

    /** One step of the bare contenders: runs {@code true}, returns its exit code. */
    private interface Step {
        int run() throws Exception;
    }

    /**
     * The DAG without the engine: each layer's four steps on two threads, then the next layer. Each step depends on
     * the whole previous layer, so the layer barrier is exact.
     */
    private static double timeLayers(ExecutorService pool, Step step) throws Exception {
        long start = System.nanoTime();
        for (int layer = 0; layer < LAYERS; layer++) {
            List<Future<Integer>> layerSteps = new ArrayList<>();
            for (int i = 0; i < WIDTH; i++) {
                layerSteps.add(pool.submit(step::run));
            }
            for (Future<Integer> done : layerSteps) {
                if (done.get() != 0) {
                    throw new IllegalStateException("true failed");
                }
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** One {@code true} through the JDK alone: start, read both pipes, wait; returns the exit code. */
    private static int runBare(Path root) throws IOException, InterruptedException {
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
