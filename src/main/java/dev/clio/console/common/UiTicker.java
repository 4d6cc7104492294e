package dev.clio.console.common;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs something on the UI thread every so often (a countdown, an "N s ago" text). Not a JavaFX Timeline: a running
 * Timeline keeps JavaFX pulsing 60 times a second however long its period, which alone costs an idle console a few
 * per cent of a core.
 */
public final class UiTicker implements AutoCloseable {

    private final ScheduledFuture<?> task;

    private UiTicker(ScheduledFuture<?> task) {
        this.task = task;
    }

    public static UiTicker every(Duration period, ScheduledExecutorService scheduler, Executor ui, Runnable tick) {
        long millis = period.toMillis();
        return new UiTicker(scheduler.scheduleAtFixedRate(() -> ui.execute(tick), millis, millis,
                TimeUnit.MILLISECONDS));
    }

    @Override
    public void close() {
        task.cancel(false);
    }
}
