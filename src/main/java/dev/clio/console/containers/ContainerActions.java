package dev.clio.console.containers;

import dev.clio.console.common.Problems;
import dev.clio.console.common.Session;
import dev.clio.ops.OpsException;
import dev.clio.ops.Resources;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs confirmed start/stop/restart/kill calls off the UI thread, one container after another (the engine would
 * serialise them anyway, and the result reads in order), and says how it went and how long it took. A FORBIDDEN
 * answer (a viewer-role key) disables the actions for the session with the server's reason. The Operations call
 * audits each action.
 */
public final class ContainerActions {

    /** One container's result, as the events list shows it. */
    record Outcome(String container, boolean ok, String text) {
    }

    private final Executor io;
    private final Executor ui;
    private final Clock clock;
    private final Done done;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyStringWrapper disabledReason = new ReadOnlyStringWrapper(this, "disabledReason");

    /** What happens after an action finished on every container it was asked for (on the UI thread). */
    interface Done {
        void finished(ContainerAction action, List<Outcome> outcomes, Duration took);
    }

    ContainerActions(Executor io, Executor ui, Clock clock, Done done) {
        this.io = io;
        this.ui = ui;
        this.clock = clock;
        this.done = done;
    }

    // Properties

    /** True while an action runs; the buttons wait. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last action's result with its duration ({@code web-1 restarted in 0.4 s}); null before any. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** True when the last action failed on at least one container. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** Why the actions are disabled for this session (a viewer-role key), or null. */
    public ReadOnlyStringProperty disabledReasonProperty() {
        return disabledReason.getReadOnlyProperty();
    }

    // Commands

    void perform(Session session, ContainerAction action, List<String> names) {
        if (busy.get() || disabledReason.get() != null) {
            return;
        }
        busy.set(true);
        result.set(action.title() + " " + String.join(", ", names) + "…");
        failed.set(false);
        try {
            io.execute(() -> {
                Instant start = clock.instant();
                List<Outcome> outcomes = run(session, action, names);
                Duration took = Duration.between(start, clock.instant());
                ui.execute(() -> finish(action, outcomes, took));
            });
        } catch (RejectedExecutionException e) {
            busy.set(false);
        }
    }

    void forbid(String reason) {
        disabledReason.set(reason);
    }

    void reset() {
        disabledReason.set(null);
        result.set(null);
        failed.set(false);
    }

    private List<Outcome> run(Session session, ContainerAction action, List<String> names) {
        List<Outcome> outcomes = new ArrayList<>();
        for (String name : names) {
            Instant start = clock.instant();
            try {
                Resources.ActionResult r = action.apply(session.operations(), name);
                outcomes.add(new Outcome(name, r.ok(), action.operation() + ": " + r.message()));
            } catch (OpsException e) {
                if (e.kind() == OpsException.Kind.FORBIDDEN) {
                    String reason = Problems.sentence(e);
                    ui.execute(() -> forbid(reason));
                    outcomes.add(new Outcome(name, false, action.operation() + " refused: " + reason));
                    break;
                }
                outcomes.add(new Outcome(name, false, action.operation() + " failed after "
                        + seconds(start) + ": " + ContainersPoll.sentence(e)));
            } catch (RuntimeException e) {
                outcomes.add(new Outcome(name, false, action.operation() + " failed: " + Problems.sentence(e)));
            }
        }
        return outcomes;
    }

    private void finish(ContainerAction action, List<Outcome> outcomes, Duration took) {
        busy.set(false);
        long ok = outcomes.stream().filter(Outcome::ok).count();
        failed.set(ok < outcomes.size());
        if (outcomes.size() == 1) {
            result.set(outcomes.get(0).text());
        } else {
            String failures = String.join("; ", outcomes.stream().filter(o -> !o.ok()).map(Outcome::text).toList());
            result.set(action.operation() + ": " + ok + " of " + outcomes.size() + " done in " + seconds(took)
                    + (failures.isEmpty() ? "" : "; " + failures));
        }
        done.finished(action, outcomes, took);
    }

    /**
     * The active incident's timeline entry for one finished action: operation, containers, result and duration, so
     * that the report says what was done to what, how it went and how long it took.
     */
    static Map<String, Object> timelineEntry(ContainerAction action, List<Outcome> outcomes, Duration took) {
        long ok = outcomes.stream().filter(Outcome::ok).count();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("action", action.operation());
        entry.put("container", String.join(", ", outcomes.stream().map(Outcome::container).toList()));
        entry.put("containers", outcomes.stream().map(Outcome::container).toList());
        entry.put("result", ok == outcomes.size() ? "ok" : ok == 0 ? "failed" : ok + " of " + outcomes.size() + " ok");
        entry.put("details", outcomes.stream().map(Outcome::text).toList());
        entry.put("duration_ms", took.toMillis());
        return entry;
    }

    private String seconds(Instant start) {
        return seconds(Duration.between(start, clock.instant()));
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
