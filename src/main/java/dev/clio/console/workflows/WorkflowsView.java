package dev.clio.console.workflows;

import dev.clio.console.common.ConsoleAction;
import dev.clio.console.common.ConsoleContext;
import dev.clio.console.common.ConsoleView;
import dev.clio.console.common.Styles;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Workflows view: the workflow files as a tree with each file's validity, and the open files in editor tabs
 * ({@link WorkflowEditor}). Builds and binds; the file commands are in {@link WorkflowCommands}.
 */
public final class WorkflowsView implements ConsoleView {

    private final WorkflowsViewModel vm;
    private final EditorTabs tabs;
    private final WorkflowCommands commands;
    private final Label message = new Label();
    private final VBox root;

    public WorkflowsView(ConsoleContext context) {
        this(context, EditorServices.of(context));
    }

    WorkflowsView(ConsoleContext context, EditorServices services) {
        vm = new WorkflowsViewModel(context.sessions(), services);
        message.setId("workflows-message");
        message.getStyleClass().add(Styles.MUTED);
        Consumer<String> say = message::setText;
        tabs = new EditorTabs(vm, say);
        commands = new WorkflowCommands(context, vm, tabs, say);
        FileTree tree = new FileTree(vm.listings(), vm.listings(), tabs::open);
        Label placeholder = new Label("Open a workflow from the tree (double-click), or create one with New.");
        placeholder.getStyleClass().add(Styles.MUTED);
        tabs.pane().getTabs().addListener((javafx.collections.ListChangeListener<javafx.scene.control.Tab>) c -> { });
        VBox left = new VBox(6, commands.fileToolbar(), tree.node());
        VBox.setVgrow(tree.node(), Priority.ALWAYS);
        left.setMinWidth(200);
        SplitPane split = new SplitPane(left, tabs.node());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.22);
        SplitPane.setResizableWithParent(left, false);
        root = new VBox(8, header(), split);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setId("workflows-view");
        root.getStyleClass().add(Styles.WORKFLOWS_VIEW);
        vm.problemProperty().addListener((obs, old, now) -> message.setText(now));
        commands.register();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        vm.refresh();
        commands.shown();
    }

    @Override
    public void hidden() {
        commands.hidden();
    }

    WorkflowsViewModel viewModel() {
        return vm;
    }

    EditorTabs tabs() {
        return tabs;
    }

    WorkflowCommands commands() {
        return commands;
    }

    /** Called with every editor the view opens, now and later: other editor features attach their panels here. */
    public void onEditorOpened(Consumer<WorkflowEditor> listener) {
        tabs.editors().forEach(listener);
        tabs.onOpen(listener);
    }

    private HBox header() {
        Label title = new Label("Workflows");
        title.getStyleClass().add(Styles.VIEW_TITLE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label readOnly = new Label();
        readOnly.setId("workflows-read-only");
        readOnly.getStyleClass().add(Styles.WARN);
        readOnly.textProperty().bind(vm.readOnlyReasonProperty());
        HBox box = new HBox(12, title, message, gap, readOnly);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static ConsoleAction action(String id, String title, String shortcut, String description, Runnable run) {
        return new ConsoleAction("workflows." + id, "Workflows", title, shortcut, description, run);
    }
}
