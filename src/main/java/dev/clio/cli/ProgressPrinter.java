package dev.clio.cli;

import dev.clio.common.concurrent.Threads;
import dev.clio.engine.run.RunEvent;
import dev.clio.engine.run.RunEvent.ExecutionFinished;
import dev.clio.engine.run.RunEvent.ExecutionPaused;
import dev.clio.engine.run.RunEvent.ExecutionResumed;
import dev.clio.engine.run.RunEvent.ExecutionStarted;
import dev.clio.engine.run.RunEvent.StepFinished;
import dev.clio.engine.run.RunEvent.StepOutput;
import dev.clio.engine.run.RunEvent.StepRetrying;
import dev.clio.engine.run.RunEvent.StepSkipped;
import dev.clio.engine.run.RunEvent.StepStarted;
import dev.clio.engine.run.RunListener;
import java.io.PrintStream;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Prints a run's progress for the command line: one line per step state change, and a summary block at the end.
 * On a terminal it also keeps a single live line {@code [#####-----] 5/10 …} at the bottom, redrawn in place with
 * {@code \r} at most ten times a second; redirected output gets the plain lines only. Symbols fall back to ASCII
 * words ({@code OK}, {@code FAIL}, …) when the output charset is not UTF-8.
 *
 * <p>Thread-safe: the runner calls it from its step threads. Close it (or let the execution finish) to stop the
 * redraw timer.
 */
public final class ProgressPrinter implements RunListener, AutoCloseable {

    private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final PrintStream out;
    private final boolean terminal;
    private final boolean tickerWanted;
    private final LongSupplier nanoTime;
    private final ProgressSymbols symbols;
    private final ProgressState state = new ProgressState();
    private ScheduledExecutorService ticker;
    private int barShown;
    private long lastDraw = Long.MIN_VALUE;

    /**
     * @param terminal true when {@code out} is an interactive terminal (see {@link #isTerminal()}); enables the
     *     live progress line
     */
    public ProgressPrinter(PrintStream out, boolean terminal) {
        this(out, terminal, System::nanoTime, true);
    }

    ProgressPrinter(PrintStream out, boolean terminal, LongSupplier nanoTime, boolean tickerWanted) {
        this.out = out;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
        this.tickerWanted = tickerWanted;
        this.symbols = ProgressSymbols.forCharset(out.charset());
    }

    /** A printer on standard output, with the live line only when standard output is a terminal. */
    public static ProgressPrinter forStandardOutput() {
        return new ProgressPrinter(System.out, isTerminal());
    }

    /** Whether standard output is an interactive terminal that can redraw a line. */
    public static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            // Since Java 22 System.console() exists even when redirected; isTerminal() tells them apart.
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    @Override
    public synchronized void onEvent(RunEvent event) {
        switch (event) {
            case ExecutionStarted e -> started(e);
            case StepStarted e -> {
                state.stepStarted(e.stepId(), e.stepId() + " " + e.stepName(), nanoTime.getAsLong());
                line(ProgressLines.started(symbols, e));
            }
            case StepRetrying e -> line(ProgressLines.retrying(symbols, e));
            case StepFinished e -> {
                state.stepDone(e.stepId());
                line(ProgressLines.finished(symbols, e));
            }
            case StepSkipped e -> {
                state.stepDone(null);
                line(ProgressLines.skipped(symbols, e));
            }
            case StepOutput ignored -> { }
            case ExecutionPaused e -> line(ProgressLines.paused(symbols, e));
            case ExecutionResumed e -> line(symbols.started() + " resumed");
            case ExecutionFinished e -> finished(e);
        }
        redrawIfDue();
    }

    private void started(ExecutionStarted e) {
        state.executionStarted(e.stepCount());
        line(ProgressLines.header(e));
        if (terminal && tickerWanted && ticker == null) {
            ticker = Threads.scheduler("progress-line", 1);
            ticker.scheduleAtFixedRate(this::tick, 100, 100, TimeUnit.MILLISECONDS);
        }
    }

    private void finished(ExecutionFinished e) {
        state.executionFinished();
        stopTicker();
        for (String summaryLine : ProgressLines.summary(symbols, e)) {
            line(summaryLine);
        }
    }

    /** Redraws the live line if it changed and the last draw is old enough; called by the timer. */
    synchronized void tick() {
        redrawIfDue();
    }

    private void line(String text) {
        eraseBar();
        out.print(text + "\n");
        out.flush();
    }

    private void redrawIfDue() {
        if (!terminal || !state.showsBar()) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        String bar = ProgressLines.bar(state, now);
        out.print("\r" + bar + " ".repeat(Math.max(0, barShown - bar.length())));
        out.flush();
        barShown = bar.length();
        lastDraw = now;
    }

    private void eraseBar() {
        if (barShown > 0) {
            out.print("\r" + " ".repeat(barShown) + "\r");
            barShown = 0; // lastDraw stays: the timer brings the line back, so lines never force extra redraws
        }
    }

    private void stopTicker() {
        if (ticker != null) {
            Threads.shutdown(ticker, 0); // never wait here: the timer thread may be queued on this monitor
            ticker = null;
        }
    }

    /** Stops the live line and clears it from the screen. */
    @Override
    public synchronized void close() {
        stopTicker();
        eraseBar();
        out.flush();
    }
}
