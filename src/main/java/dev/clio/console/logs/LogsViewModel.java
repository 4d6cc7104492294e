package dev.clio.console.logs;

import dev.clio.console.common.ConsolePrefs;
import dev.clio.console.common.Session;
import dev.clio.console.common.SessionHolder;
import dev.clio.console.common.logpane.LogPaneViewModel;
import dev.clio.console.common.logs.FileTailSource;
import dev.clio.console.common.logs.LineBuffer;
import dev.clio.console.common.logs.LogSource;
import dev.clio.console.common.logs.MergedSource;
import dev.clio.console.common.logs.OperationsLogSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Logs view's tabs, one log pane each: the orchestrator log of the current session (re-subscribed when the
 * session changes), local files, and merged views of several of them ordered by time. No controls; UI thread only.
 */
public final class LogsViewModel implements AutoCloseable {

    /** Preference key for how many lines each pane keeps. */
    public static final String LINES_KEY = "logs.lines";
    static final String ORCHESTRATOR = "orchestrator";
    private static final Duration POLL = Duration.ofMillis(100);
    private static final int FILE_TAIL_LINES = 1_000;
    private static final int LOG_HISTORY = 500;

    /** A tab: what it is called and the pane it shows. */
    public record LogTab(String id, String title, LogPaneViewModel pane, boolean merged) {
    }

    private final ObservableList<LogTab> tabs = FXCollections.observableArrayList();
    // one wrapper, kept: an unmodifiable view listens to its list weakly and would lose its listeners when collected
    private final ObservableList<LogTab> readOnlyTabs = FXCollections.unmodifiableObservableList(tabs);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ScheduledExecutorService scheduler;
    private final Executor io;
    private final Executor ui;
    private final Clock clock;
    private final ZoneId zone;
    private final int capacity;
    private final LogTab orchestrator;
    private int merges;

    public LogsViewModel(SessionHolder sessions, ScheduledExecutorService scheduler, Executor io, Executor ui,
            Clock clock, ZoneId zone, int capacity) {
        this.scheduler = scheduler;
        this.io = io;
        this.ui = ui;
        this.clock = clock;
        this.zone = zone;
        this.capacity = capacity;
        this.orchestrator = new LogTab(ORCHESTRATOR, "Orchestrator log", newPane(), false);
        tabs.add(orchestrator);
        follow(sessions.current());
        sessions.currentProperty().addListener((obs, old, now) -> follow(now));
    }

    /** The configured lines per pane, within 1,000 and 1,000,000; the default is 100,000. */
    public static int capacity(ConsolePrefs prefs) {
        double lines = prefs.getDouble(LINES_KEY, LineBuffer.DEFAULT_CAPACITY);
        return (int) Math.max(1_000, Math.min(1_000_000, lines));
    }

    // Properties

    public ObservableList<LogTab> tabs() {
        return readOnlyTabs;
    }

    public LogTab orchestrator() {
        return orchestrator;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    // Commands

    /** Opens a tab following a local file; a missing or unreadable file is a sentence, no tab. */
    public LogTab openFile(Path file) {
        if (!Files.isRegularFile(file)) {
            problem.set("Cannot open " + file + ": " + (Files.isDirectory(file) ? "it is a folder" : "no such file"));
            return null;
        }
        if (!Files.isReadable(file)) {
            problem.set("Cannot open " + file + ": it is not readable by this user");
            return null;
        }
        problem.set("");
        return add("file:" + file.toAbsolutePath(), String.valueOf(file.getFileName()),
                new FileTailSource(file, scheduler, POLL, FILE_TAIL_LINES), false);
    }

    /** Opens a tab that merges every open single-source tab, ordered by time. */
    public LogTab mergeOpenTabs() {
        List<LogSource> sources = new ArrayList<>();
        for (LogTab tab : tabs) {
            if (!tab.merged() && tab.pane().source() != null) {
                sources.add(tab.pane().source());
            }
        }
        if (sources.size() < 2) {
            problem.set("A merged view needs at least two sources: open a log file first");
            return null;
        }
        problem.set("");
        merges++;
        String title = "Merged (" + sources.size() + ")";
        return add("merged:" + merges, title, new MergedSource(title, sources, scheduler, clock, POLL), true);
    }

    /** Closes a tab and stops its source; the orchestrator tab stays. */
    public void close(LogTab tab) {
        if (tab != orchestrator && tabs.remove(tab)) {
            tab.pane().close();
        }
    }

    @Override
    public void close() {
        tabs.forEach(tab -> tab.pane().close());
    }

    private LogTab add(String id, String title, LogSource source, boolean merged) {
        for (LogTab tab : tabs) {
            if (tab.id().equals(id)) {
                return tab;
            }
        }
        LogTab tab = new LogTab(id, title, newPane(), merged);
        tab.pane().showSources(merged);
        tab.pane().start(source);
        tabs.add(tab);
        return tab;
    }

    private LogPaneViewModel newPane() {
        return new LogPaneViewModel(capacity, zone, clock, io, ui);
    }

    private void follow(Session session) {
        if (session == null) {
            orchestrator.pane().stop();
            return;
        }
        orchestrator.pane().start(new OperationsLogSource(ORCHESTRATOR, session.operations(), io, LOG_HISTORY));
    }
}
