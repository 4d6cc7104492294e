package dev.clio.console.overview;

import dev.clio.console.common.Navigator;
import dev.clio.console.common.Session;
import dev.clio.console.common.SessionHolder;
import dev.clio.console.common.logpane.LogPaneViewModel;
import dev.clio.console.common.logs.LogLine;
import dev.clio.console.common.logs.LogModel;
import dev.clio.console.common.logs.OperationsLogSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Overview's "Recent errors" strip: a log pane over the ERROR lines of the current session's orchestrator log
 * (re-subscribed when the session changes), collapsed by default to the count of the last hour's errors. UI thread
 * only; no controls.
 */
public final class RecentErrorsViewModel implements AutoCloseable {

    /** Enough for an incident's worth of errors; the Logs view holds the rest. */
    static final int CAPACITY = 2_000;
    static final Duration RECENT = Duration.ofHours(1);
    static final String SOURCE = "errors";
    static final String LOGS_VIEW = "logs";
    private static final int HISTORY = 1_000;

    private final LogPaneViewModel pane;
    private final Navigator navigator;
    private final Executor io;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper expanded = new ReadOnlyBooleanWrapper(this, "expanded");
    private final ReadOnlyIntegerWrapper lastHour = new ReadOnlyIntegerWrapper(this, "lastHour");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public RecentErrorsViewModel(SessionHolder sessions, Navigator navigator, Executor io, Executor ui, Clock clock,
            ZoneId zone) {
        this.pane = new LogPaneViewModel(CAPACITY, zone, clock, io, ui);
        this.navigator = navigator;
        this.io = io;
        this.clock = clock;
        recount();
        follow(sessions.current());
        sessions.currentProperty().addListener((obs, old, now) -> follow(now));
    }

    // Properties

    public LogPaneViewModel pane() {
        return pane;
    }

    public ReadOnlyBooleanProperty expandedProperty() {
        return expanded.getReadOnlyProperty();
    }

    /** ERROR lines held whose time is within the last hour. */
    public ReadOnlyIntegerProperty lastHourProperty() {
        return lastHour.getReadOnlyProperty();
    }

    /** "No errors in the last hour", "1 error in the last hour", "12 errors in the last hour". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    // Commands

    public void toggle() {
        expanded.set(!expanded.get());
    }

    public void openLogs() {
        navigator.show(LOGS_VIEW);
    }

    /** Counts again: after new lines arrive, and now and then so that errors age out of the hour. */
    public void recount() {
        Instant since = clock.instant().minus(RECENT);
        LogModel model = pane.model();
        int count = 0;
        // the newest are last: walk back until the first older than an hour
        for (int i = model.shownCount() - 1; i >= 0; i--) {
            LogLine line = model.shownLine(i);
            if (line.time() != null && line.time().isBefore(since)) {
                break;
            }
            count++;
        }
        lastHour.set(count);
        summary.set(count == 0 ? "No errors in the last hour"
                : String.format("%,d error%s in the last hour", count, count == 1 ? "" : "s"));
    }

    @Override
    public void close() {
        pane.close();
    }

    private void follow(Session session) {
        if (session == null) {
            pane.stop();
        } else {
            pane.start(new OperationsLogSource(SOURCE, session.operations(), io, HISTORY, "ERROR"));
        }
        recount();
    }
}
