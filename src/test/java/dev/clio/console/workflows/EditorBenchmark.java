package dev.clio.console.workflows;

import dev.clio.common.concurrent.Threads;
import dev.clio.console.common.Styles;
import dev.clio.console.common.Theme;
import dev.clio.engine.workflow.WorkflowValidator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The editor on a 2,000-line workflow in a real (headless Monocle) window: (1) time from the last keystroke to the
 * diagnostics and highlighting applied, minus the deliberate typing pause; (2) the longest UI pulse while typing a
 * key every 30 ms for 10 s. Run with {@code bin/bench dev.clio.console.workflows.EditorBenchmark}.
 */
public final class EditorBenchmark {

    private EditorBenchmark() {
    }

    static String workflow(int lines) {
        StringBuilder text = new StringBuilder("name: long\ninputs:\n  x: {type: string, default: \"a\"}\nsteps:\n");
        int step = 1;
        while (text.chars().filter(c -> c == '\n').count() < lines - 6) {
            text.append(String.format("  - id: \"%d.%03d\"%n    name: step %d  # generated%n    actor: shell%n"
                    + "    depends_on: [%s]%n    with: {argv: [echo, \"{{ inputs.x }}\", %d]}%n", 1 + step / 1000,
                    step % 1000, step, step == 1 ? "" : String.format("\"%d.%03d\"", 1 + (step - 1) / 1000,
                    (step - 1) % 1000), step));
            step++;
        }
        return text.toString();
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ExecutorService io = Threads.elastic("bench-io", 4);
        ScheduledExecutorService scheduler = Threads.scheduler("bench-scheduler", 1);
        try {
            EditorServices services = new EditorServices(scheduler, io, Platform::runLater,
                    WorkflowValidator.standard(), LiveAnalysis.PAUSE);
            String text = workflow(2_000);
            WorkflowEditor editor = onFx(() -> {
                WorkflowEditor e = new WorkflowEditor(new EditorDocument("bench.yaml", null, text), services);
                Stage stage = new Stage();
                Scene scene = new Scene(new javafx.scene.layout.StackPane(), 1200, 800);
                scene.getStylesheets().setAll(css(Theme.DARK.stylesheet()), css(Styles.BASE_STYLESHEET));
                stage.setScene(scene);
                stage.show();
                scene.setRoot((Parent) e.node());
                return e;
            });
            System.out.printf("document: %,d lines, %,d chars%n", text.split("\n").length, text.length());
            parts(editor, text);
            latency(editor, 10, false);
            latency(editor, 30, true);
            pulses(editor, scheduler);
        } finally {
            Threads.shutdown(io, 2_000);
            Threads.shutdown(scheduler, 2_000);
            Platform.exit();
        }
    }

    private static void latency(WorkflowEditor editor, int rounds, boolean report) throws Exception {
        List<Double> after = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            CompletableFuture<Long> applied = new CompletableFuture<>();
            long[] t0 = new long[1];
            onFx(() -> {
                long version = editor.textVersion() + 1;
                editor.analysisProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends EditorAnalysis> o,
                            EditorAnalysis old, EditorAnalysis now) {
                        if (now != null && now.version() >= version) {
                            applied.complete(System.nanoTime());
                            o.removeListener(this);
                        }
                    }
                });
                t0[0] = System.nanoTime();
                editor.codeArea().insertText(editor.codeArea().getLength() / 2, "x");
                return null;
            });
            long t1 = applied.get(10, TimeUnit.SECONDS);
            after.add((t1 - t0[0]) / 1e6 - LiveAnalysis.PAUSE.toMillis());
        }
        if (report) {
            Collections.sort(after);
            System.out.printf("end of typing -> diagnostics and highlighting applied, after the %d ms pause: median %.1f"
                    + " ms, p90 %.1f ms, max %.1f ms (target < 150 ms) over %d edits%n", LiveAnalysis.PAUSE.toMillis(),
                    after.get(after.size() / 2), after.get(after.size() * 9 / 10), after.get(after.size() - 1),
                    after.size());
        }
    }

    /** Where the time goes: the analysis off the UI thread, and applying its spans on it. */
    private static void parts(WorkflowEditor editor, String text) throws Exception {
        Analyzer analyzer = new Analyzer(WorkflowValidator.standard());
        List<Double> analyse = new ArrayList<>();
        List<Double> apply = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            long s = System.nanoTime();
            EditorAnalysis a = analyzer.analyze(i, "bench.yaml", text);
            analyse.add((System.nanoTime() - s) / 1e6);
            apply.add(onFx(() -> {
                long t = System.nanoTime();
                editor.codeArea().setStyleSpans(0, a.spans());
                editor.codeArea().layout();
                return (System.nanoTime() - t) / 1e6;
            }));
        }
        Collections.sort(analyse);
        Collections.sort(apply);
        System.out.printf("parts (median of the last 25 of 25): analysis off the UI thread %.1f ms (highlighting %s),"
                + " setStyleSpans + layout on it %.1f ms%n", analyse.get(12), highlightOnly(text), apply.get(12));
    }

    private static String highlightOnly(String text) {
        List<Double> t = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            long s = System.nanoTime();
            YamlHighlighter.spans(text);
            t.add((System.nanoTime() - s) / 1e6);
        }
        Collections.sort(t);
        return String.format("%.1f ms", t.get(12));
    }

    private static void pulses(WorkflowEditor editor, ScheduledExecutorService scheduler) throws Exception {
        AtomicLong longestGap = new AtomicLong();
        AtomicLong longestKey = new AtomicLong();
        AtomicLong last = new AtomicLong();
        AtomicLong frames = new AtomicLong();
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long before = last.getAndSet(now);
                if (before != 0) {
                    longestGap.accumulateAndGet(now - before, Math::max);
                }
                frames.incrementAndGet();
            }
        };
        onFx(() -> {
            timer.start();
            return null;
        });
        Thread.sleep(500);
        longestGap.set(0);
        var typing = scheduler.scheduleAtFixedRate(() -> Platform.runLater(() -> {
            long s = System.nanoTime();
            editor.codeArea().insertText(editor.codeArea().getLength() / 3, "y");
            longestKey.accumulateAndGet(System.nanoTime() - s, Math::max);
        }), 0, 30, TimeUnit.MILLISECONDS);
        long from = frames.get();
        Thread.sleep(10_000);
        typing.cancel(false);
        // the last keystroke's analysis lands after the pause: include it
        Thread.sleep(LiveAnalysis.PAUSE.toMillis() + 500);
        onFx(() -> {
            timer.stop();
            return null;
        });
        System.out.printf("typing a key every 30 ms for 10 s: longest interval between pulses %.1f ms (target < 30 ms),"
                + " longest keystroke handling %.1f ms, %d pulses%n", longestGap.get() / 1e6, longestKey.get() / 1e6,
                frames.get() - from);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(call.call());
            } catch (Exception | Error e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }

    private static String css(String resource) {
        return EditorBenchmark.class.getResource(resource).toExternalForm();
    }
}
