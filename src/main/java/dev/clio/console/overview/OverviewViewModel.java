package dev.clio.console.overview;

import dev.clio.console.common.KpiFeed;
import dev.clio.console.common.Navigator;
import dev.clio.kpi.AlertSnapshot;
import dev.clio.kpi.Direction;
import dev.clio.kpi.KpiDefinition;
import dev.clio.kpi.KpiState;
import dev.clio.kpi.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The Overview's state: one tile per KPI of the latest {@link KpiFeed.Update}, grouped in the runbook's three tables,
 * each with a sparkline of the last 15 minutes, and the history of the KPI the user opened. Each update replaces all
 * sections at once (one snapshot, one UI update); an update without KPIs keeps the tiles as they were, so the view is
 * never blank while refreshing. UI thread only; no controls.
 */
public final class OverviewViewModel {

    static final Duration WINDOW = Duration.ofMinutes(15);
    /** 15 minutes at 1 Hz. */
    static final int SPARK_POINTS = 900;
    static final int HISTORY_EVENTS = 100;
    static final String RUNBOOKS_VIEW = "runbooks";

    private final Clock clock;
    private final Navigator navigator;
    private final java.util.function.Consumer<dev.clio.console.common.RunbookRequest> runbooks;
    private final Map<String, SparkBuffer> sparks = new HashMap<>();
    private final LevelLog levels = new LevelLog(HISTORY_EVENTS);
    private final Set<String> trendKpis = new HashSet<>();
    private final Map<String, KpiTile> tiles = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<List<TileSection>> sections = new ReadOnlyObjectWrapper<>(this, "sections",
            List.of());
    private final ReadOnlyObjectWrapper<KpiHistory> history = new ReadOnlyObjectWrapper<>(this, "history");
    private AlertSnapshot lastSnapshot;
    private String historyId;

    public OverviewViewModel(ObservableValue<KpiFeed.Update> feed, Clock clock, Navigator navigator) {
        this(feed, clock, navigator, request -> navigator.show(RUNBOOKS_VIEW));
    }

    /** @param runbooks opens the runbook for a KPI (the console's runbook requests) */
    public OverviewViewModel(ObservableValue<KpiFeed.Update> feed, Clock clock, Navigator navigator,
            java.util.function.Consumer<dev.clio.console.common.RunbookRequest> runbooks) {
        this.clock = clock;
        this.navigator = navigator;
        this.runbooks = runbooks;
        feed.addListener((obs, old, now) -> apply(now));
        apply(feed.getValue());
    }

    // Properties

    /** The tiles by table, in the catalog's order; empty until the definitions or the first update arrive. */
    public ReadOnlyObjectProperty<List<TileSection>> sectionsProperty() {
        return sections.getReadOnlyProperty();
    }

    /** The history of the KPI opened with {@link #openHistory}, refreshed with every update; null when closed. */
    public ReadOnlyObjectProperty<KpiHistory> historyProperty() {
        return history.getReadOnlyProperty();
    }

    public Optional<KpiTile> tile(String id) {
        return Optional.ofNullable(tiles.get(id));
    }

    public List<KpiTile> tiles() {
        return List.copyOf(tiles.values());
    }

    // Commands

    /**
     * The KPI definitions in force: tiles that have no value yet show their ladder and "waiting for the first
     * refresh", and trend KPIs are known as such.
     */
    public void definitions(List<KpiDefinition> definitions) {
        definitions.stream().filter(d -> d.direction() == Direction.TREND).forEach(d -> trendKpis.add(d.id()));
        if (!tiles.isEmpty()) {
            return;
        }
        definitions.forEach(d -> tiles.put(d.id(), TileFormat.waiting(d)));
        publish();
    }

    /** Applies one refresh; null or an update without KPIs keeps what is shown. */
    public void apply(KpiFeed.Update update) {
        if (update == null || update.snapshot() == null || update.snapshot().kpis().isEmpty()) {
            return;
        }
        AlertSnapshot snapshot = update.snapshot();
        Instant now = clock.instant();
        Instant from = now.minus(WINDOW);
        Map<String, KpiTile> next = new LinkedHashMap<>();
        // Prometheus's range query: what the sparkline would have shown had the console been watching
        update.history().forEach((id, points) -> {
            SparkBuffer spark = sparks.computeIfAbsent(id, key -> new SparkBuffer(SPARK_POINTS));
            points.forEach(p -> spark.add(p.at(), p.value()));
        });
        for (KpiState k : snapshot.kpis()) {
            SparkBuffer spark = sparks.computeIfAbsent(k.id(), id -> new SparkBuffer(SPARK_POINTS));
            spark.add(snapshot.at(), k.level() == Level.STALE ? null : k.value());
            levels.record(k, snapshot.at());
            next.put(k.id(), TileFormat.tile(k, tiles.get(k.id()), spark.since(from),
                    AlertMarks.of(k.id(), snapshot.alerts(), now), trendKpis.contains(k.id()), now,
                    update.lastSuccess()));
        }
        tiles.clear();
        tiles.putAll(next);
        lastSnapshot = snapshot;
        publish();
    }

    /** Opens the history of this KPI; unknown ids are ignored. */
    public void openHistory(String id) {
        if (tiles.containsKey(id)) {
            historyId = id;
            history.set(buildHistory());
        }
    }

    public void closeHistory() {
        historyId = null;
        history.set(null);
    }

    /** The runbook procedures live in the Runbooks view: open the one for the KPI whose history is shown. */
    public void openRunbooks() {
        KpiTile t = historyId == null ? null : tiles.get(historyId);
        if (t == null) {
            navigator.show(RUNBOOKS_VIEW);
            return;
        }
        List<String> lines = new java.util.ArrayList<>();
        lines.add("Value: " + t.value() + (t.unit() == null || t.unit().isEmpty() ? "" : " " + t.unit()) + " ("
                + t.level().name().toLowerCase(java.util.Locale.ROOT) + ")");
        if (t.reason() != null && !t.reason().isEmpty()) {
            lines.add("Seen: " + t.reason());
        }
        lines.add(t.status());
        runbooks.accept(dev.clio.console.common.RunbookRequest.forKpi(t.id(), "KPI " + t.title(), lines));
    }

    private void publish() {
        sections.set(Sections.group(tiles.values()));
        if (historyId != null) {
            history.set(buildHistory());
        }
    }

    private KpiHistory buildHistory() {
        KpiTile tile = tiles.get(historyId);
        List<HistoryEvent> events = new ArrayList<>(levels.events(historyId));
        if (lastSnapshot != null) {
            events.addAll(AlertEvents.of(historyId, lastSnapshot));
        }
        events.sort((a, b) -> b.at().compareTo(a.at()));
        return new KpiHistory(tile, events.subList(0, Math.min(events.size(), HISTORY_EVENTS)),
                lastSnapshot == null ? List.of() : AlertEvents.rules(historyId, lastSnapshot));
    }
}
