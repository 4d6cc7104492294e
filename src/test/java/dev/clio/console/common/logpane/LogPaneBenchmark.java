package dev.clio.console.common.logpane;

import dev.clio.common.concurrent.Threads;
import dev.clio.console.common.Styles;
import dev.clio.console.common.logs.LineQueue;
import dev.clio.console.common.logs.LogSource;
import dev.clio.console.common.logs.ProcessSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The log pane under load, in a real window (headless Monocle by default; {@code -Dbench.display=true} under Xvfb):
 * <ol>
 * <li>ingest capacity: a process printing lines as fast as it can ({@code yes} with a JSON log line, or the command
 * given as arguments, e.g. {@code podman logs -f NAME}) feeds the pane; lines applied per second;</li>
 * <li>the same command read by a bare reader and thrown away: the reference ceiling, and our ratio to it;</li>
 * <li>a paced 20,000 lines/s stream for 20 s: frame intervals and the longest pane pulse;</li>
 * <li>heap retained by 100,000 buffered and shown lines.</li>
 * </ol>
 * Run with {@code bin/bench dev.clio.console.common.logpane.LogPaneBenchmark [COMMAND...]}.
 */
public final class LogPaneBenchmark {

    private static final String JSON_LINE = "{\"timestamp\":\"2026-12-01T22:18:01.652Z\",\"level\":\"INFO\","
            + "\"event\":\"step_started\",\"message\":\"Step 1.001 Say hello started on shell\","
            + "\"workflow_name\":\"Hello\",\"execution_id\":\"exec_5a2e5269c17a\",\"step_id\":\"1.001\","
            + "\"actor\":\"shell\",\"attempt\":1}";
    private static final String PLAIN_LINE = "2026-12-01T22:18:01.652Z WARN  [http-nio-8080-exec-7] "
            + "d.c.server.Routes - GET /api/v1/metrics/summary took 212 ms (threshold 200 ms)";
    private static final String[] MIX = {JSON_LINE, PLAIN_LINE,
        "\u001b[32m2026-12-01 22:18:01 INFO\u001b[0m worker 3 ready", "2026-12-01 22:18:01 ERROR connection refused"};

    private LogPaneBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (!Boolean.getBoolean("bench.display")) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        List<String> command = args.length > 0 ? Arrays.asList(args) : List.of("yes", JSON_LINE);
        String shown = String.join(" ", command).replace(JSON_LINE, "<json line>");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false); // each run closes its window; the toolkit must outlive it
        ExecutorService readers = Threads.elastic("bench-reader", 4);
        try {
            // -Dbench.only=paced or =ingest runs one part
            boolean pacedOnly = "paced".equals(System.getProperty("bench.only"));
            for (int round = 1; round <= (pacedOnly ? 0 : 2); round++) {
                double reference = reference(command);
                double applied = capacity(command, readers);
                System.out.printf("round %d ingest: %,.0f lines/s applied (target >= 50,000); '%s' read bare: "
                        + "%,.0f lines/s; ratio %.2f%n", round, applied, shown, reference, applied / reference);
            }
            if (!"ingest".equals(System.getProperty("bench.only"))) {
                paced(20_000, 20, readers);
            }
            if (pacedOnly || "ingest".equals(System.getProperty("bench.only"))) {
                return;
            }
            heap(JSON_LINE, "JSON orchestrator lines (" + JSON_LINE.length() + " chars)", readers);
            heap(PLAIN_LINE, "plain lines (" + PLAIN_LINE.length() + " chars)", readers);
        } finally {
            Threads.shutdown(readers, 2_000);
            Platform.exit();
        }
    }

    /** The command's output read line by line and dropped, for 5 s: what the pipe alone delivers. */
    private static double reference(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        long lines = 0;
        long start = System.nanoTime();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8),
                1 << 16)) {
            while (in.readLine() != null && System.nanoTime() - start < 5_000_000_000L) {
                lines++;
            }
        } finally {
            p.destroy();
        }
        return lines / ((System.nanoTime() - start) / 1e9);
    }

    private static double capacity(List<String> command, ExecutorService readers) throws Exception {
        Harness h = Harness.open(100_000);
        h.start(new ProcessSource("bench", command, readers));
        Thread.sleep(3_000); // warm-up: JIT, first layout, buffer filling
        h.resetTimings();
        long from = h.received();
        long t0 = System.nanoTime();
        Thread.sleep(10_000);
        double rate = (h.received() - from) / ((System.nanoTime() - t0) / 1e9);
        System.out.println("  capacity run: " + h.timings());
        h.close();
        return rate;
    }

    private static void paced(int perSecond, int seconds, ExecutorService readers) throws Exception {
        Harness h = Harness.open(100_000);
        AtomicBoolean stop = new AtomicBoolean();
        h.start(generator("paced", readers, stop, queue -> pace(queue, perSecond, stop)));
        // The first seconds of a fresh JVM are the JIT compiling the pane's code at full stream: frame intervals of
        // 90-160 ms, none after 8 s. -Dbench.warmup=3 shows them.
        Thread.sleep(Long.getLong("bench.warmup", 10) * 1_000);
        h.resetTimings();
        long from = h.received();
        Thread.sleep(seconds * 1_000L);
        long got = h.received() - from;
        System.out.printf("paced %,d lines/s for %d s: %,.0f lines/s applied; %s%n", perSecond, seconds,
                got / (double) seconds, h.timings());
        h.close();
    }

    private static void pace(LineQueue queue, int perSecond, AtomicBoolean stop) {
        long start = System.nanoTime();
        long sent = 0;
        while (!stop.get()) {
            long due = (System.nanoTime() - start) * perSecond / 1_000_000_000L;
            for (; sent < due && !stop.get(); sent++) {
                queue.offer("paced", MIX[(int) (sent & 3)]);
            }
            LockSupport.parkNanos(2_000_000);
        }
    }

    private static void heap(String line, String what, ExecutorService readers) throws Exception {
        long before = usedAfterGc();
        Harness h = Harness.open(100_000);
        AtomicBoolean stop = new AtomicBoolean();
        h.start(generator("fill", readers, stop, queue -> {
            try {
                for (int i = 0; i < 100_000; i++) {
                    queue.put("fill", line + " #" + i, stop::get);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        while (h.received() < 100_000) {
            Thread.sleep(50);
        }
        Thread.sleep(1_000);
        long after = usedAfterGc();
        System.out.printf("heap: 100,000 %s buffered and shown: %,.1f MB (target < 150 MB)%n", what,
                (after - before) / 1e6);
        h.close();
    }

    private static LogSource generator(String name, ExecutorService readers, AtomicBoolean stop,
            java.util.function.Consumer<LineQueue> body) {
        return new LogSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Feed start(LineQueue queue) {
                readers.execute(() -> body.accept(queue));
                return () -> stop.set(true);
            }
        };
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    static <T> T onFx(Callable<T> call) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(call.call());
            } catch (Exception e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not answer in 120 s");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** A pane in a 1280x800 window, with frame-interval timings from an AnimationTimer of its own. */
    private static final class Harness {

        private final List<Long> gaps = new ArrayList<>();
        /** When (seconds into the measurement) each frame interval over 50 ms ended, to tell JIT from GC from load. */
        private final List<String> slow = new ArrayList<>();
        private long measuredFrom;
        private LogPane pane;
        private Stage stage;
        private AnimationTimer frames;
        private long lastFrame;

        static Harness open(int capacity) throws Exception {
            Harness h = new Harness();
            onFx(() -> {
                h.pane = new LogPane(new LogPaneViewModel(capacity, ZoneOffset.UTC, Clock.systemUTC(),
                        Runnable::run, Runnable::run));
                Scene scene = new Scene((Parent) h.pane.node(), 1280, 800);
                scene.getStylesheets().setAll(css("/styles/theme-dark.css"), css(Styles.BASE_STYLESHEET));
                h.stage = new Stage();
                h.stage.setScene(scene);
                h.stage.show();
                h.frames = new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        if (h.lastFrame != 0) {
                            h.gaps.add(now - h.lastFrame);
                            if (now - h.lastFrame > 50_000_000L && h.measuredFrom != 0) {
                                h.slow.add(String.format("%.1f s: %.0f ms", (now - h.measuredFrom) / 1e9,
                                        (now - h.lastFrame) / 1e6));
                            }
                        }
                        h.lastFrame = now;
                    }
                };
                h.frames.start();
                return null;
            });
            return h;
        }

        private static String css(String resource) {
            return LogPaneBenchmark.class.getResource(resource).toExternalForm();
        }

        void start(LogSource source) throws Exception {
            onFx(() -> {
                pane.viewModel().start(source);
                return null;
            });
        }

        long received() throws Exception {
            return onFx(() -> pane.viewModel().receivedLines());
        }

        void resetTimings() throws Exception {
            onFx(() -> {
                gaps.clear();
                slow.clear();
                measuredFrom = System.nanoTime();
                pane.resetLongestPulse();
                return null;
            });
        }

        String timings() throws Exception {
            return onFx(() -> {
                List<Long> sorted = new ArrayList<>(gaps);
                sorted.sort(null);
                long p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
                long p99 = sorted.isEmpty() ? 0 : sorted.get((int) (sorted.size() * 0.99));
                long max = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1);
                return String.format("%,d frames; frame interval p50 %.1f ms, p99 %.1f ms, longest %.1f ms; "
                        + "longest pane pulse (drain + apply) %.1f ms; intervals over 50 ms: %s", sorted.size(),
                        p50 / 1e6, p99 / 1e6, max / 1e6, pane.longestPulseNanos() / 1e6,
                        slow.isEmpty() ? "none" : String.join(", ", slow));
            });
        }

        void close() throws Exception {
            onFx(() -> {
                frames.stop();
                pane.dispose();
                stage.close();
                return null;
            });
        }
    }
}
