package dev.clio.console.overview;

import dev.clio.console.common.Background;
import dev.clio.console.common.ConsoleAction;
import dev.clio.console.common.ConsoleContext;
import dev.clio.console.common.ConsoleView;
import dev.clio.console.common.Styles;
import dev.clio.console.common.ThemeColors;
import dev.clio.kpi.KpiCatalog;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Overview: a tile per KPI in the runbook's three tables, reflowing with the window's width, and the history of a
 * KPI over them when a tile (or the palette's "KPI: …") opens it. Builds nodes and binds them to the ViewModel,
 * nothing else.
 */
public final class OverviewView implements ConsoleView {

    static final double MIN_TILE_WIDTH = 250;
    static final double MIN_TILE_HEIGHT = 146;
    static final double MAX_TILE_HEIGHT = 200;
    static final double GAP = 10;
    private static final double SPACING = 6;
    /** About 10 s of pulses: a view that is never shown still gets its definitions. */
    private static final int GIVE_UP_PULSES = 600;
    /** A section header's height (one line of bold text and its padding), fixed so that sizing needs no layout pass. */
    private static final double HEADER_HEIGHT = 22;
    static final String VIEW_ID = "overview";

    private final ConsoleContext context;
    private final OverviewViewModel vm;
    private final StackPane root = new StackPane();
    private final VBox content = new VBox(SPACING);
    private final ScrollPane scroll = new ScrollPane(content);
    private final Map<String, KpiTileView> tiles = new HashMap<>();
    private final Set<String> registered = new HashSet<>();
    private final List<FlowPane> rows = new ArrayList<>();
    private final KpiHistoryPane history;
    private final RecentErrorsStrip errors;
    private List<List<String>> layout = List.of();
    private ThemeColors colors = ThemeColors.FALLBACK;

    public OverviewView(ConsoleContext context) {
        this(context, new OverviewViewModel(context.kpis().latestProperty(), context.clock(), context.navigator(),
                context.runbookRequests()::open));
    }

    /** With a ViewModel fed by the test instead of the context's KPI feed. */
    OverviewView(ConsoleContext context, OverviewViewModel vm) {
        this.context = context;
        this.vm = vm;
        root.setId("overview-view");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("ops-kpi-scroll");
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> fitTiles());
        history = new KpiHistoryPane(vm);
        errors = new RecentErrorsStrip(new RecentErrorsViewModel(context.sessions(), context.navigator(),
                context.io(), context.ui(), context.clock(), ZoneId.systemDefault()), context.scheduler(),
                context.ui());
        // the strip sits below the tiles, which are sized to the space left (see fitTiles)
        BorderPane main = new BorderPane(scroll);
        main.setBottom(errors.node());
        root.getChildren().addAll(main, history.node());
        ThemeColors.follow(root, this::recolor);
        vm.sectionsProperty().addListener((obs, old, now) -> {
            registerActions(now);
            show(now);
        });
        root.sceneProperty().addListener((obs, old, now) -> show(vm.sectionsProperty().get()));
        show(vm.sectionsProperty().get());
        // the shipped definitions give every tile its ladder before the first refresh; read off the UI thread
        Background.call(KpiCatalog::defaults).onSuccess(c -> afterFirstFrame(() -> vm.definitions(c.kpis())))
                .runOn(context.io(), context.ui());
    }

    @Override
    public Node node() {
        return root;
    }


    OverviewViewModel viewModel() {
        return vm;
    }

    RecentErrorsStrip errors() {
        return errors;
    }

    /** Stops the recent errors' log stream. */
    public void close() {
        errors.dispose();
    }

    /** Building 15 tiles (and loading TilesFX) waits until the window has drawn once, so start-up is not slower. */
    private void afterFirstFrame(Runnable then) {
        new AnimationTimer() {
            private int pulses;
            private int waited;

            @Override
            public void handle(long now) {
                Window window = root.getScene() == null ? null : root.getScene().getWindow();
                boolean drawn = window != null && window.isShowing() && ++pulses >= 2;
                if (drawn || ++waited > GIVE_UP_PULSES) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    private void show(List<TileSection> sections) {
        if (root.getScene() == null) {
            return; // another view is shown (or this one is built ahead): the ViewModel keeps collecting meanwhile
        }
        List<List<String>> next = sections.stream().map(s -> s.tiles().stream().map(KpiTile::id).toList()).toList();
        if (!next.equals(layout)) {
            rebuild(sections);
            layout = next;
        }
        for (TileSection s : sections) {
            s.tiles().forEach(t -> tiles.get(t.id()).show(t));
        }
    }

    private void rebuild(List<TileSection> sections) {
        content.getChildren().clear();
        rows.clear();
        for (TileSection s : sections) {
            Label header = new Label(s.title());
            header.getStyleClass().add(Styles.KPI_SECTION);
            header.setId("kpi-header-" + s.tiles().get(0).table());
            header.setMinHeight(HEADER_HEIGHT);
            header.setPrefHeight(HEADER_HEIGHT);
            header.setMaxHeight(HEADER_HEIGHT);
            FlowPane row = new FlowPane(GAP, GAP);
            row.setId("kpi-section-" + s.tiles().get(0).table());
            for (KpiTile t : s.tiles()) {
                KpiTileView view = tiles.computeIfAbsent(t.id(), id -> new KpiTileView(id, vm::openHistory));
                view.colors(colors);
                row.getChildren().add(view.node());
            }
            rows.add(row);
            content.getChildren().addAll(header, row);
        }
        fitTiles();
    }

    /**
     * As many columns as fit at the minimum width, every tile widened to fill its row evenly, and as tall as lets all
     * tiles fit the window (within bounds; below the minimum the view scrolls).
     */
    private void fitTiles() {
        double width = scroll.getViewportBounds().getWidth();
        double height = scroll.getViewportBounds().getHeight();
        if (width <= 0 || rows.isEmpty()) {
            return;
        }
        int columns = Math.max(1, (int) ((width + GAP) / (MIN_TILE_WIDTH + GAP)));
        double tileWidth = Math.floor((width - GAP * (columns - 1)) / columns);
        int lines = 0;
        for (FlowPane row : rows) {
            lines += (row.getChildren().size() + columns - 1) / columns;
        }
        double fixed = rows.size() * HEADER_HEIGHT + (rows.size() * 2 - 1) * SPACING + (lines - rows.size()) * GAP;
        double tileHeight = Math.floor(Math.max(MIN_TILE_HEIGHT, Math.min(MAX_TILE_HEIGHT, (height - fixed) / lines)));
        tiles.values().forEach(v -> v.size(tileWidth, tileHeight));
        rows.forEach(r -> r.setPrefWrapLength(width));
    }

    /** "KPI: <title>" in the palette for every tile, whether or not the Overview is on screen. */
    private void registerActions(List<TileSection> sections) {
        sections.stream().flatMap(s -> s.tiles().stream()).filter(t -> registered.add(t.id())).forEach(this::register);
    }

    private void register(KpiTile t) {
        context.actions().register(new ConsoleAction("overview.kpi." + t.id(), "KPI", t.title(), null,
                "Opens the history of " + t.title() + " on the Overview", () -> {
                    context.navigator().show(VIEW_ID);
                    vm.openHistory(t.id());
                }));
    }

    private void recolor(ThemeColors next) {
        colors = next;
        tiles.values().forEach(v -> v.colors(next));
        history.colors(next);
    }
}
