package dev.clio.console.shell;

import dev.clio.connections.ConnectionStatus;
import dev.clio.console.common.ConsolePrefs;
import dev.clio.console.common.ConsoleSettings;
import dev.clio.console.common.KpiFeed;
import dev.clio.console.common.Session;
import dev.clio.console.common.Theme;
import dev.clio.console.common.ViewSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The window's state: which view is shown, the theme, the title and the status-bar texts. No controls. */
public final class ShellViewModel {

    static final String PREF_VIEW = "view";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final List<ViewSpec> views;
    private final ConsolePrefs prefs;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<ViewSpec> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ConsoleSettings settings;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "CLI Orchestrator");
    private final ReadOnlyStringWrapper environment = new ReadOnlyStringWrapper(this, "environment", "development");
    private final ReadOnlyStringWrapper target = new ReadOnlyStringWrapper(this, "target", "");
    private final ReadOnlyStringWrapper refreshed = new ReadOnlyStringWrapper(this, "refreshed", "not refreshed yet");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state", "connecting");
    private ConnectionStatus status;

    public ShellViewModel(List<ViewSpec> views, ConsoleSettings settings, ConsolePrefs prefs, Clock clock,
            String initialViewOrNull) {
        this.views = List.copyOf(views);
        this.settings = settings;
        this.prefs = prefs;
        this.clock = clock;
        String first = initialViewOrNull != null ? initialViewOrNull : prefs.get(PREF_VIEW, views.get(0).id());
        selected.set(find(first) != null ? find(first) : views.get(0));
    }

    // Properties

    public List<ViewSpec> views() {
        return views;
    }

    public ReadOnlyObjectProperty<ViewSpec> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return settings.themeProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty environmentProperty() {
        return environment.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty targetProperty() {
        return target.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty refreshedProperty() {
        return refreshed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** {@code connecting}, {@code connected}, {@code degraded} or {@code disconnected}. */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    // Commands

    /** Shows the view with this id; unknown ids are ignored. */
    public void show(String id) {
        ViewSpec spec = find(id);
        if (spec != null) {
            selected.set(spec);
            prefs.put(PREF_VIEW, id);
        }
    }

    /** Shows the n-th view (1-based), as Ctrl+n does. */
    public void showNumber(int n) {
        if (n >= 1 && n <= views.size()) {
            show(views.get(n - 1).id());
        }
    }

    public void setTheme(Theme next) {
        settings.themeProperty().set(next);
    }

    public void toggleTheme() {
        setTheme(settings.themeProperty().get().other());
    }

    /** The title bar names the connection and, loudly, a production environment. */
    public void sessionChanged(Session session) {
        if (session == null) {
            title.set("CLI Orchestrator");
            return;
        }
        state.set("connecting");
        if (status == null) {
            problem.set("");
        }
        environment.set(session.environment());
        target.set(session.target());
        String env = session.production() ? "PRODUCTION" : session.environment();
        title.set("CLI Orchestrator — " + session.name() + " [" + env + "]");
    }

    /**
     * The connection monitor's status (state, problem sentence, last refresh); null when the session is not
     * monitored, in which case the KPI refreshes stand in for it.
     */
    public void connectionChanged(ConnectionStatus next) {
        status = next;
        if (next == null) {
            return;
        }
        state.set(next.state().name().toLowerCase(Locale.ROOT));
        problem.set(next.problem() == null ? "" : next.problem().sentence());
        refreshed.set(refreshText(next.lastRefresh(), next));
    }

    /**
     * Called on every KPI refresh: keeps "updated … (47 s ago)" ticking while the monitor is quiet, and is the whole
     * state for a session without a monitor.
     */
    public void refreshed(KpiFeed.Update update) {
        if (status != null) {
            refreshed.set(refreshText(status.lastRefresh(), status));
            return;
        }
        Instant last = update.lastSuccess();
        refreshed.set(refreshText(last, null));
        problem.set(update.problemOrNull() == null ? "" : update.problemOrNull());
        state.set(update.problemOrNull() == null ? "connected" : last == null ? "disconnected" : "degraded");
    }

    private String refreshText(Instant last, ConnectionStatus statusOrNull) {
        String retry = "";
        if (statusOrNull != null && statusOrNull.nextRetry() != null) {
            long in = Math.max(0, Duration.between(clock.instant(), statusOrNull.nextRetry()).toSeconds());
            retry = ", retrying " + (in == 0 ? "now" : "in " + in + " s");
        }
        if (last == null) {
            return "no answer yet" + retry;
        }
        long age = Math.max(0, Duration.between(last, clock.instant()).toSeconds());
        String at = CLOCK.format(last.atZone(ZoneId.systemDefault()));
        return (age <= 2 ? "updated " + at : "updated " + at + " (" + age + " s ago)") + retry;
    }

    private ViewSpec find(String id) {
        return views.stream().filter(v -> v.id().equals(id)).findFirst().orElse(null);
    }
}
