package dev.clio.console.common;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every view is built with: the current session, the shared KPI feed, the action registry, the executors and
 * the clock. Views never create threads of their own.
 *
 * @param io bounded executor for calls that may block
 * @param scheduler for polls
 * @param ui runs on the UI thread ({@code Platform::runLater} in the app, direct in tests)
 * @param incident the active incident other views record their actions into
 * @param runbookRequests where views ask for a runbook (an alert's "Open runbook") without importing that view
 */
public record ConsoleContext(SessionHolder sessions, KpiFeed kpis, ActionRegistry actions, Navigator navigator,
        Notifications notifications, ConsoleSettings settings, ConsolePrefs prefs, ExecutorService io, ScheduledExecutorService scheduler,
        Executor ui, Clock clock, ActiveIncident incident, RunbookRequests runbookRequests) {

    /** A context whose runbook requests go through {@code navigator}. */
    public ConsoleContext(SessionHolder sessions, KpiFeed kpis, ActionRegistry actions, Navigator navigator,
            Notifications notifications, ConsoleSettings settings, ConsolePrefs prefs, ExecutorService io,
            ScheduledExecutorService scheduler, Executor ui, Clock clock, ActiveIncident incident) {
        this(sessions, kpis, actions, navigator, notifications, settings, prefs, io, scheduler, ui, clock, incident,
                new RunbookRequests(navigator));
    }
}
