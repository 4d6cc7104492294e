package dev.clio.console.containers;

import dev.clio.console.common.ConfirmationDialog;
import dev.clio.console.common.ConfirmationRequest;
import dev.clio.console.common.ConsoleAction;
import dev.clio.console.common.ConsoleContext;
import dev.clio.console.common.ConsoleView;
import dev.clio.console.common.Styles;
import dev.clio.console.common.logpane.LogPane;
import dev.clio.console.common.logpane.LogPaneViewModel;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Containers view: the engine's containers in a table, filters, the actions on the selection (each confirmed),
 * and the selected container's detail pane. Builds and binds only.
 */
public final class ContainersView implements ConsoleView {

    static final String PROBLEM_ICON = "mdi2a-alert-outline";
    static final String RETRY_ICON = "mdi2r-refresh";
    static final String GROUP_ICON = "mdi2f-format-list-group";
    static final String LOCK_ICON = "mdi2l-lock-outline";

    /** Lines the detail pane's log keeps; the Logs view is the place for long histories. */
    static final int LOG_CAPACITY = 20_000;

    private final ContainersViewModel vm;
    private final LogPane logPane;
    private final VBox root;

    public ContainersView(ConsoleContext context) {
        this(context, new ContainersViewModel(context));
    }

    ContainersView(ConsoleContext context, ContainersViewModel vm) {
        this.vm = vm;
        ContainerTable table = new ContainerTable(vm);
        logPane = new LogPane(new LogPaneViewModel(LOG_CAPACITY, ZoneId.systemDefault(), context.clock(),
                context.io(), context.ui()));
        vm.logSourceProperty().addListener((obs, old, now) -> follow(now));
        ContainerDetailPane detail = new ContainerDetailPane(logPane.node());
        vm.detailsProperty().addListener((obs, old, now) -> detail.apply(now));
        detail.apply(vm.detailsProperty().get());
        SplitPane split = new SplitPane(table.node(), detail.node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.34);
        root = new VBox(8, header(), toolbar(context), problem(), result());
        root.getChildren().add(split);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setId("containers-view");
        root.getStyleClass().add(Styles.CONTAINERS_VIEW);
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

    ContainersViewModel viewModel() {
        return vm;
    }

    LogPane logPane() {
        return logPane;
    }

    private void follow(ContainerLogSource source) {
        if (source == null) {
            logPane.viewModel().stop();
        } else {
            logPane.viewModel().start(source);
        }
    }

    /** Opens the confirmation for {@code action} on the selection; does nothing when it cannot run now. */
    void ask(ContainerAction action) {
        ConfirmationRequest request = vm.request(action);
        if (request == null || vm.actions().busyProperty().get()
                || vm.actions().disabledReasonProperty().get() != null) {
            return;
        }
        ConfirmationDialog.ask(root, request, "containers", () -> vm.perform(action, request));
    }

    private HBox header() {
        Label title = new Label("Containers");
        title.getStyleClass().add(Styles.VIEW_TITLE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label updated = new Label();
        updated.setId("containers-updated");
        updated.getStyleClass().add(Styles.MUTED);
        updated.textProperty().bind(vm.updatedProperty());
        HBox box = new HBox(12, title, gap, updated);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private HBox toolbar(ConsoleContext context) {
        TextField filter = new TextField();
        filter.setId("containers-filter");
        filter.setPromptText("Filter by name, image, project, status");
        filter.setPrefColumnCount(24);
        filter.textProperty().addListener((obs, old, now) -> vm.filter(now));
        ChoiceBox<String> state = new ChoiceBox<>();
        state.setId("containers-state");
        state.getItems().setAll(ContainersViewModel.STATES);
        state.setValue(vm.stateFilterProperty().get());
        state.valueProperty().addListener((obs, old, now) -> vm.stateFilter(now));
        state.setTooltip(new Tooltip("Show containers in this state only"));
        ToggleButton group = new ToggleButton("Group by project", new FontIcon(GROUP_ICON));
        group.setId("containers-group");
        group.setTooltip(new Tooltip("Keep containers together by their compose project label"));
        group.selectedProperty().addListener((obs, old, now) -> vm.grouped(now));
        HBox box = new HBox(8, filter, state, group, new Separator(Orientation.VERTICAL));
        for (ContainerAction action : ContainerAction.values()) {
            box.getChildren().add(button(context, action));
        }
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Button button(ConsoleContext context, ContainerAction action) {
        context.actions().register(new ConsoleAction("containers." + action.operation(), "Containers",
                action.title() + " selected containers", action.shortcut(), action.description(), () -> {
                    context.navigator().show("containers");
                    ask(action);
                }));
        Button button = new Button(action.title(), new FontIcon(action.icon()));
        button.setId("containers-" + action.operation());
        BooleanBinding unavailable = Bindings.createBooleanBinding(() -> vm.selectedProperty().get().isEmpty(),
                vm.selectedProperty()).or(vm.actions().busyProperty())
                .or(vm.actions().disabledReasonProperty().isNotNull());
        button.disableProperty().bind(unavailable);
        String keys = KeyCombination.valueOf(action.shortcut()).getDisplayText();
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> vm.actions().disabledReasonProperty().get() != null
                ? vm.actions().disabledReasonProperty().get()
                : action.description() + ", after a confirmation (" + keys + ")",
                vm.actions().disabledReasonProperty()));
        button.setTooltip(tip);
        button.setOnAction(e -> ask(action));
        return button;
    }

    private HBox problem() {
        Label label = new Label(null, new FontIcon(PROBLEM_ICON));
        label.setId("containers-problem");
        label.setWrapText(true);
        label.textProperty().bind(vm.problemProperty());
        Button retry = new Button("Retry now", new FontIcon(RETRY_ICON));
        retry.setId("containers-retry");
        retry.setTooltip(new Tooltip("Ask the engine again now instead of waiting for the next retry"));
        retry.setOnAction(e -> vm.refresh());
        HBox box = new HBox(10, label, retry);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add(Styles.CONTAINER_PROBLEM);
        box.visibleProperty().bind(vm.problemProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private VBox result() {
        Label result = new Label();
        result.setId("containers-result");
        result.setWrapText(true);
        result.textProperty().bind(vm.actions().resultProperty());
        result.visibleProperty().bind(vm.actions().resultProperty().isNotNull());
        result.managedProperty().bind(result.visibleProperty());
        vm.actions().failedProperty().addListener((obs, old, now) -> {
            result.getStyleClass().removeAll(Styles.CRIT);
            if (now) {
                result.getStyleClass().add(Styles.CRIT);
            }
        });
        Label disabled = new Label(null, new FontIcon(LOCK_ICON));
        disabled.setId("containers-disabled");
        disabled.setWrapText(true);
        disabled.getStyleClass().add(Styles.WARN);
        disabled.textProperty().bind(Bindings.concat("Actions disabled: ", vm.actions().disabledReasonProperty()));
        disabled.visibleProperty().bind(vm.actions().disabledReasonProperty().isNotNull());
        disabled.managedProperty().bind(disabled.visibleProperty());
        return new VBox(4, result, disabled);
    }
}
