package dev.clio.console.workflows;

import dev.clio.console.common.Background;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Re-analyses an editor's text after a pause in typing: each edit bumps the version and restarts the pause on the
 * shared scheduler; when it elapses the text is read on the UI thread, analysed on the IO executor, and applied on
 * the UI thread only if no edit came in meanwhile (a result for an old version is dropped, never applied).
 * UI thread only, except where noted.
 */
final class LiveAnalysis {

    /** The pause after the last keystroke before the validator runs. */
    static final Duration PAUSE = Duration.ofMillis(300);

    private final Analyzer analyzer;
    private final EditorServices services;
    private final Supplier<String> text;
    private final Supplier<String> label;
    private final Consumer<EditorAnalysis> apply;
    private long version;
    private ScheduledFuture<?> pending;
    private boolean closed;

    LiveAnalysis(Analyzer analyzer, EditorServices services, Supplier<String> text, Supplier<String> label,
            Consumer<EditorAnalysis> apply) {
        this.analyzer = analyzer;
        this.services = services;
        this.text = text;
        this.label = label;
        this.apply = apply;
    }

    /** The text changed: analyse after the pause. */
    void edited() {
        version++;
        cancelPending();
        if (!closed) {
            long asked = version;
            try {
                pending = services.scheduler().schedule(() -> services.ui().execute(() -> start(asked)),
                        services.pause().toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // the console is shutting down: nothing left to show the result in
                closed = true;
            }
        }
    }

    /** Analyse the current text now (opening, reloading). */
    void now() {
        version++;
        cancelPending();
        start(version);
    }

    long version() {
        return version;
    }

    void close() {
        closed = true;
        cancelPending();
    }

    private void start(long asked) {
        if (asked != version || closed) {
            return;
        }
        String snapshot = text.get();
        String name = label.get();
        Background.call(() -> analyzer.analyze(asked, name, snapshot)).onSuccess(result -> {
            if (result.version() == version && !closed) {
                apply.accept(result);
            }
        }).runOn(services.io(), services.ui());
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

}
