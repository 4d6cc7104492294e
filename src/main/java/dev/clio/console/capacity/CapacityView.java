package dev.clio.console.capacity;

import dev.clio.console.common.ConsoleAction;
import dev.clio.console.common.ConsoleContext;
import dev.clio.console.common.ConsoleView;
import dev.clio.console.common.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Capacity view: growth charts of the last 30 days over the runbook's capacity table. Builds and binds only. */
public final class CapacityView implements ConsoleView {

    static final String REFRESH_KEYS = "Shift+F5";
    static final String REFRESH_ICON = "mdi2r-refresh";
    static final String PROBLEM_ICON = "mdi2a-alert-outline";

    private final CapacityViewModel vm;
    private final VBox root;
    private final ConsoleAction refresh;

    public CapacityView(ConsoleContext context) {
        this(context, new CapacityViewModel(context));
    }

    CapacityView(ConsoleContext context, CapacityViewModel vm) {
        this.vm = vm;
        refresh = new ConsoleAction("capacity.refresh", "Capacity", "Refresh", REFRESH_KEYS,
                "Samples capacity and reloads the growth charts now instead of in 30 s", () -> {
                    context.navigator().show("capacity");
                    vm.refresh();
                });
        context.actions().register(refresh);
        GrowthChartsPane charts = new GrowthChartsPane();
        CapacityTablePane table = new CapacityTablePane();
        vm.chartsProperty().addListener((obs, old, now) -> charts.apply(now));
        vm.rowsProperty().addListener((obs, old, now) -> table.apply(now));
        charts.apply(vm.chartsProperty().get());
        table.apply(vm.rowsProperty().get());
        Label section = new Label("Capacity thresholds");
        section.getStyleClass().add(Styles.CAPACITY_SECTION);
        Label tableProblems = new Label();
        tableProblems.setId("capacity-table-problems");
        tableProblems.getStyleClass().add(Styles.WARN);
        tableProblems.setWrapText(true);
        tableProblems.textProperty().bind(vm.tableProblemsProperty());
        tableProblems.visibleProperty().bind(vm.tableProblemsProperty().isNotEmpty());
        tableProblems.managedProperty().bind(tableProblems.visibleProperty());
        root = new VBox(10, header(), subtitle(), problem(), charts.node(), section, table.node(), tableProblems);
        root.setId("capacity-view");
        root.getStyleClass().add(Styles.CAPACITY_VIEW);
        VBox.setVgrow(charts.node(), Priority.ALWAYS);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        vm.shown();
    }

    @Override
    public void hidden() {
        vm.hidden();
    }

    CapacityViewModel viewModel() {
        return vm;
    }

    private HBox header() {
        Label title = new Label("Capacity");
        title.getStyleClass().add(Styles.VIEW_TITLE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label updated = new Label();
        updated.setId("capacity-updated");
        updated.textProperty().bind(vm.updatedProperty());
        updated.getStyleClass().add(Styles.MUTED);
        vm.staleProperty().addListener((obs, old, now) -> mark(updated, now));
        mark(updated, vm.staleProperty().get());
        Button button = new Button("Refresh", new FontIcon(REFRESH_ICON));
        button.setId("capacity-refresh");
        button.setTooltip(new Tooltip("Sample capacity and reload the growth charts now ("
                + KeyCombination.valueOf(REFRESH_KEYS).getDisplayText() + ")"));
        button.setOnAction(e -> vm.refresh());
        HBox box = new HBox(12, title, gap, updated, button);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Label subtitle() {
        Label text = new Label("Growth of the last 30 days (UTC, today still going on) from the execution store, and "
                + "the runbook's capacity table against current values, sampled every 30 s. Triggers and actions "
                + "come from capacity.yaml.");
        text.getStyleClass().add(Styles.MUTED);
        text.setWrapText(true);
        return text;
    }

    private Label problem() {
        Label label = new Label(null, new FontIcon(PROBLEM_ICON));
        label.setId("capacity-problem");
        label.getStyleClass().add(Styles.CAPACITY_PROBLEM);
        label.setWrapText(true);
        label.textProperty().bind(vm.problemProperty());
        label.visibleProperty().bind(vm.problemProperty().isNotNull());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static void mark(Label label, boolean stale) {
        label.getStyleClass().removeAll(Styles.MUTED, Styles.STALE, Styles.WARN);
        label.getStyleClass().add(stale ? Styles.WARN : Styles.MUTED);
    }
}
