package dev.clio.console.runbooks;

import dev.clio.console.common.Background;
import dev.clio.console.common.RunbookRequest;
import dev.clio.console.common.Session;
import dev.clio.ops.Runbooks.RunRecord;
import dev.clio.kpi.KpiCatalog;
import dev.clio.runbook.CatalogSnapshot;
import dev.clio.runbook.Runbook;
import dev.clio.runbook.RunbookCatalog;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Runbooks view's state: the catalog of the current session (built-ins plus, for a workspace, its user runbooks
 * and the files that did not load), the list for the search, the open runbook's {@link PanelModel}, the request it
 * was opened for (an alert's context), and the run history. No controls; properties change on the UI thread.
 */
public final class RunbooksViewModel {

    static final int HISTORY_LIMIT = 100;

    private final Executor io;
    private final Executor ui;
    private final Clock clock;
    private final Function<Session, RunbookCatalog> catalogs;
    private final ReadOnlyObjectWrapper<CatalogSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot",
            new CatalogSnapshot(List.of(), List.of()));
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<RunbookEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PanelModel> panel = new ReadOnlyObjectWrapper<>(this, "panel");
    private final ObjectProperty<RunbookRequest> context = new SimpleObjectProperty<>(this, "context");
    private final ObservableList<RunRecord> history = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private Session session;
    private RunTarget target;
    private RunbookCatalog catalog;
    private KpiCatalog kpis;
    private RunbookRequest pending;
    private ScheduledFuture<?> watching;
    private final ScheduledExecutorService schedulerOrNull;
    private final Duration watchEvery;

    /**
     * @param catalogs reads the catalog for a session (files; called on {@code io})
     * @param schedulerOrNull polls the catalog's user files every {@code watchEvery}; null to refresh by hand (tests)
     */
    private java.util.function.Supplier<String> incident = () -> null;

    public RunbooksViewModel(Executor io, Executor ui, Clock clock, Function<Session, RunbookCatalog> catalogs,
            ScheduledExecutorService schedulerOrNull, Duration watchEvery) {
        this.io = io;
        this.ui = ui;
        this.clock = clock;
        this.catalogs = catalogs;
        this.schedulerOrNull = schedulerOrNull;
        this.watchEvery = watchEvery;
        query.addListener((obs, old, now) -> relist());
    }

    /** Built-ins plus the workspace's .ai/runbooks for an embedded session; a server's runbooks are the built-ins. */
    public static RunbookCatalog catalogFor(Session session) {
        return session.embedded() ? RunbookCatalog.forWorkspace(session.workspaceOrNull().runbooks())
                : RunbookCatalog.forServer(session.operations());
    }

    // Properties

    public ReadOnlyObjectProperty<CatalogSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public StringProperty queryProperty() {
        return query;
    }

    ObservableList<RunbookEntry> entries() {
        return entries;
    }

    ReadOnlyObjectProperty<PanelModel> panelProperty() {
        return panel.getReadOnlyProperty();
    }

    /** The request the open runbook was opened for (the alert's values and since when), or null. */
    ReadOnlyObjectProperty<RunbookRequest> contextProperty() {
        return context;
    }

    ObservableList<RunRecord> history() {
        return history;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    RunTarget target() {
        return target;
    }

    RunbookCatalog catalog() {
        return catalog;
    }

    /** The KPI definitions verification judges by; read with the catalog, so present once a runbook can be open. */
    KpiCatalog kpis() {
        return kpis;
    }

    // Commands

    /**
     * Every step run is also written to the timeline of the incident this names (null: none), asked at each run; the
     * console passes its active incident.
     */
    public void recordInto(java.util.function.Supplier<String> activeIncidentIdOrNull) {
        incident = activeIncidentIdOrNull;
        if (target != null) {
            target.runner().recordingInto(incident);
        }
    }

    /** Rebinds to the session: reads its catalog off the UI thread, asks who the key is, loads the history. */
    public void bind(Session next) {
        session = next;
        panel.set(null);
        history.clear();
        target = next == null ? null : RunTarget.of(next, clock);
        if (target != null) {
            target.runner().recordingInto(incident);
        }
        stopWatching();
        if (next == null) {
            catalog = null;
            applySnapshot(new CatalogSnapshot(List.of(), List.of()));
            return;
        }
        record Catalogs(RunbookCatalog runbooks, KpiCatalog kpis) {
        }
        // both read files: the runbooks and the workspace's KPI overrides that verification judges by
        Background.call(() -> new Catalogs(catalogs.apply(next), KpiCatalog.load(next.workspaceOrNull())))
                .onSuccess(both -> {
            if (session == next) {
                RunbookCatalog c = both.runbooks();
                kpis = both.kpis();
                catalog = c;
                c.onChange(s -> ui.execute(() -> {
                    if (catalog == c) {
                        applySnapshot(s);
                    }
                }));
                applySnapshot(c.snapshot());
                watching = schedulerOrNull == null ? null : c.watch(schedulerOrNull, watchEvery);
            }
        }).onError(problem::set).runOn(io, ui);
        Background.call(() -> next.operations().whoami()).onSuccess(me -> {
            if (session == next) {
                target = target.identified(me);
                if (panel.get() != null) {
                    panel.get().setTarget(target);
                }
            }
        }).runOn(io, ui);
        refreshHistory();
    }

    /** A new catalog: the list follows, and the open runbook is replaced by its new version (or closed). */
    void applySnapshot(CatalogSnapshot next) {
        snapshot.set(next);
        relist();
        PanelModel open = panel.get();
        if (open != null) {
            Optional<Runbook> now = next.runbook(open.runbook().id());
            if (now.isEmpty()) {
                panel.set(null);
            } else if (!now.get().equals(open.runbook())) {
                select(now.get().id());
            }
        }
        if (pending != null) {
            open(pending);
        }
    }

    public void select(String runbookId) {
        Optional<Runbook> r = snapshot.get().runbook(runbookId);
        if (r.isEmpty() || target == null) {
            return;
        }
        if (panel.get() == null || !panel.get().runbook().id().equals(runbookId)) {
            context.set(null);
        }
        panel.set(new PanelModel(r.get(), target, io, ui, this::refreshHistory));
    }

    /**
     * Opens the runbook a request names (by id, alert or KPI) with its context; before the catalog is read it waits
     * for it. A request no runbook answers says so.
     */
    public void open(RunbookRequest request) {
        if (request == null) {
            return;
        }
        if (catalog == null) {
            pending = request;
            return;
        }
        pending = null;
        Optional<Runbook> found = find(snapshot.get(), request);
        if (found.isEmpty()) {
            problem.set("No runbook answers " + describe(request) + "; pick one from the list.");
            return;
        }
        problem.set("");
        select(found.get().id());
        // a request that only names the runbook (the palette, a link) has no context to show
        context.set(request.origin().isEmpty() && request.context().isEmpty() ? null : request);
    }

    static Optional<Runbook> find(CatalogSnapshot snapshot, RunbookRequest request) {
        if (request.runbookIdOrNull() != null) {
            return snapshot.runbook(request.runbookIdOrNull());
        }
        if (request.alertRuleIdOrNull() != null) {
            Optional<Runbook> byAlert = snapshot.runbooks().stream()
                    .filter(r -> r.alerts().contains(request.alertRuleIdOrNull())).findFirst();
            if (byAlert.isPresent() || request.kpiIdOrNull() == null) {
                return byAlert;
            }
        }
        return snapshot.runbooks().stream().filter(r -> r.kpis().contains(request.kpiIdOrNull())).findFirst();
    }

    public void refreshHistory() {
        Session asked = session;
        if (asked == null) {
            return;
        }
        Background.call(() -> asked.operations().runbookRuns(HISTORY_LIMIT)).onSuccess(runs -> {
            if (session == asked) {
                history.setAll(runs);
            }
        }).onError(p -> {
            if (session == asked) {
                problem.set("The run history is not available: " + p);
            }
        }).runOn(io, ui);
    }

    /** Says why something the operator asked for cannot be done. */
    void reportProblem(String sentence) {
        problem.set(sentence);
    }

    /** Stops polling the catalog (the view is going away or the session changed). */
    public void close() {
        stopWatching();
    }

    private void stopWatching() {
        if (watching != null) {
            watching.cancel(false);
            watching = null;
        }
    }

    private void relist() {
        entries.setAll(RunbookList.entries(snapshot.get(), query.get()));
    }

    private static String describe(RunbookRequest r) {
        return r.alertRuleIdOrNull() != null ? "the alert " + r.alertRuleIdOrNull()
                : r.kpiIdOrNull() != null ? "the KPI " + r.kpiIdOrNull() : "the runbook " + r.runbookIdOrNull();
    }
}
