package dev.clio.console.workflows;

import dev.clio.console.common.Background;
import dev.clio.console.common.Session;
import dev.clio.console.common.SessionHolder;
import dev.clio.console.common.logpane.LogPaneViewModel;
import dev.clio.ops.Workflows;
import dev.clio.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A real run from the editor: {@code Operations.execute} of the saved file, then its state polled
 * ({@code Operations.execution}) until it ends, and its log lines in a log pane. The run is recorded in the execution
 * history like any other. End states: the execution's own (succeeded, failed, cancelled, interrupted), or a problem
 * sentence when the call failed. UI thread only, except the poll tick.
 */
final class RunViewModel implements AutoCloseable {

    static final Duration POLL = Duration.ofMillis(300);
    /** How long the log keeps following after the end: the last lines may still be on their way. */
    static final Duration LOG_GRACE = Duration.ofSeconds(3);
    static final String VIEWER_REASON = "This API key has the viewer role: it can plan but not run workflows";
    private static final Set<String> FINAL = Set.of("succeeded", "failed", "cancelled", "interrupted");

    private final ReadOnlyObjectWrapper<Workflows.Execution> execution = new ReadOnlyObjectWrapper<>(this, "execution");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper forbidden = new ReadOnlyStringWrapper(this, "forbidden");
    private final SessionHolder sessions;
    private final ScheduledExecutorService scheduler;
    private final Executor io;
    private final Executor ui;
    private final LogPaneViewModel log;
    private ScheduledFuture<?> poll;
    private boolean asking;

    RunViewModel(SessionHolder sessions, ScheduledExecutorService scheduler, Executor io, Executor ui, Clock clock) {
        this.sessions = sessions;
        this.scheduler = scheduler;
        this.io = io;
        this.ui = ui;
        this.log = new LogPaneViewModel(5_000, ZoneId.systemDefault(), clock, io, ui);
        askRole(sessions.current());
        sessions.currentProperty().addListener((obs, old, now) -> {
            forbidden.set(null);
            askRole(now);
        });
    }

    // Properties

    ReadOnlyObjectProperty<Workflows.Execution> executionProperty() {
        return execution.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Why this session may not run workflows (viewer key), or null. */
    ReadOnlyStringProperty forbiddenProperty() {
        return forbidden.getReadOnlyProperty();
    }

    LogPaneViewModel log() {
        return log;
    }

    boolean running() {
        Workflows.Execution e = execution.get();
        return poll != null || e != null && !FINAL.contains(e.status());
    }

    // Commands

    /** Starts the run (the caller has confirmed it). */
    void start(WorkflowTarget target) {
        Session session = sessions.current();
        if (!target.present() || session == null) {
            problem.set(target.reasonOrNull());
            return;
        }
        problem.set("");
        var request = new Workflows.ExecuteRequest(target.fileOrNull(), false, null, null, null, Map.of());
        Background.call(() -> session.operations().execute(request)).onSuccess(started -> {
            execution.set(started);
            log.start(new RunLogSource(started.executionId(), session.operations(), io));
            follow(session, started.executionId());
        }).onError(sentence -> {
            problem.set(sentence);
            if (sentence.toLowerCase(java.util.Locale.ROOT).contains("forbidden")) {
                forbidden.set(sentence);
            }
        }).runOn(io, ui);
    }

    private void follow(Session session, String id) {
        stopPolling();
        poll = scheduler.scheduleWithFixedDelay(() -> ui.execute(() -> tick(session, id)), POLL.toMillis(),
                POLL.toMillis(), TimeUnit.MILLISECONDS);
        tick(session, id);
    }

    private void tick(Session session, String id) {
        if (asking || poll == null) {
            return;
        }
        asking = true;
        Background.call(() -> session.operations().execution(id)).onSuccess(now -> {
            asking = false;
            if (FINAL.contains(now.status())) {
                stopPolling();
                scheduler.schedule(() -> ui.execute(() -> stopLogIfEnded(id)), LOG_GRACE.toMillis(),
                        TimeUnit.MILLISECONDS);
            }
            execution.set(now);
        }).onError(sentence -> {
            asking = false;
            problem.set(sentence);
            stopPolling();
        }).runOn(io, ui);
    }

    /** Ends the log stream of a finished run, unless another run has started since. */
    private void stopLogIfEnded(String id) {
        Workflows.Execution e = execution.get();
        if (e != null && e.executionId().equals(id) && FINAL.contains(e.status())) {
            log.stop();
        }
    }

    private void stopPolling() {
        if (poll != null) {
            poll.cancel(false);
            poll = null;
        }
    }

    private void askRole(Session asked) {
        if (asked == null) {
            return;
        }
        Background.call(() -> asked.operations().whoami()).onSuccess(me -> {
            if (asked == sessions.current() && !me.allows(Role.OPERATOR)) {
                forbidden.set(VIEWER_REASON);
            }
        }).onError(ignored -> { }).runOn(io, ui);
    }

    @Override
    public void close() {
        stopPolling();
        log.close();
    }
}
