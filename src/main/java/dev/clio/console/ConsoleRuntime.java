package dev.clio.console;

import dev.clio.common.concurrent.Threads;
import dev.clio.connections.MonitorTimings;
import dev.clio.console.common.ActionRegistry;
import dev.clio.console.common.ActiveIncident;
import dev.clio.console.common.AlertNotifier;
import dev.clio.console.common.Background;
import dev.clio.console.common.ConsoleContext;
import dev.clio.console.common.ConsolePrefs;
import dev.clio.console.common.ConsoleSettings;
import dev.clio.console.common.DesktopNotifier;
import dev.clio.console.common.KpiFeed;
import dev.clio.console.common.Navigator;
import dev.clio.console.common.Notifications;
import dev.clio.console.common.Session;
import dev.clio.console.common.SessionHolder;
import dev.clio.console.common.TrendSeries;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The console's executors and shared services, created once and shut down on exit. The UI thread only applies
 * state; everything that may block runs on {@code io} (bounded) or the scheduler.
 */
final class ConsoleRuntime implements AutoCloseable {

    private final ExecutorService io = Threads.bounded("console-io", 4, 256);
    private final ScheduledExecutorService scheduler = Threads.scheduler("console-poll", 2);
    private final ConsoleContext context;
    private final AlertNotifier alertNotifier;

    ConsoleRuntime(ConsolePrefs prefs, Duration refreshOrNull, Executor ui, Clock clock, Navigator navigator) {
        SessionHolder sessions = new SessionHolder(io, ui, clock, MonitorTimings.defaults());
        KpiFeed feed = new KpiFeed(scheduler, ui, clock, new TrendSeries(clock, Duration.ofMinutes(1)));
        context = new ConsoleContext(sessions, feed, new ActionRegistry(), navigator, new Notifications(),
                new ConsoleSettings(prefs, refreshOrNull), prefs, io,
                scheduler, ui, clock, new ActiveIncident(sessions, io, ui));
        sessions.currentProperty().addListener((obs, old, now) -> feed.bind(now));
        context.incident().watchWorstPoint(feed.latestProperty());
        feed.pauseWhile(sessions::keyRefused);
        context.settings().refreshProperty().addListener((obs, old, now) -> feed.start(now));
        alertNotifier = new AlertNotifier(feed.latestProperty(), context.notifications(), DesktopNotifier::detect,
                prefs, io);
    }

    ConsoleContext context() {
        return context;
    }

    /** Opens a session off the UI thread, then makes it current; a failure is reported as a sentence. */
    void open(Supplier<Session> opener, Consumer<String> onProblem) {
        Background.call(opener)
                .onSuccess(context.sessions()::switchTo)
                .onError(onProblem)
                .runOn(io, context.ui());
    }

    @Override
    public void close() {
        context.kpis().close();
        context.sessions().close();
        alertNotifier.close();
        Threads.shutdown(scheduler, 2_000);
        Threads.shutdown(io, 2_000);
    }
}
