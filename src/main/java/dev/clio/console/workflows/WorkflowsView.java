package dev.clio.console.workflows;

import dev.clio.console.common.ConsoleAction;
import dev.clio.console.common.ConsoleContext;
import dev.clio.console.common.ConsoleView;
import dev.clio.console.common.Styles;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import org.kordamp.ikonli.javafx.FontIcon;
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
    private final DiskWatch watch;
    private final Label message = new Label();
    private final VBox root;
    private boolean openedFirst;

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
        watch = new DiskWatch(services, tabs::editors, this::changedOnDisk);
        context.sessions().addLeaveGuard(this::mayLeave);
        context.sessions().currentProperty().addListener((obs, old, now) -> tabs.closeAll());
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
        // the first visit opens the first workflow, so the editor is never an empty pane
        vm.listings().addListener((javafx.collections.ListChangeListener<StoreListing>) c -> {
            if (!openedFirst && tabs.editors().isEmpty() && !vm.listings().isEmpty()
                    && !vm.listings().get(0).files().isEmpty()) {
                openedFirst = true;
                tabs.open(vm.listings().get(0).files().get(0));
            }
        });
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
        watch.start();
        watch.check();
    }

    @Override
    public void hidden() {
        commands.hidden();
        watch.stop();
    }

    DiskWatch watch() {
        return watch;
    }

    /** The leave guard: unsaved tabs ask before the connection is switched or the console closed. */
    private boolean mayLeave() {
        List<String> dirty = tabs.dirtyNames();
        return dirty.isEmpty()
                || UnsavedChanges.ask(root, dirty, "leaving this connection", false) == UnsavedChanges.Choice.DISCARD;
    }

    private void changedOnDisk(WorkflowEditor editor, String disk) {
        Label text = new Label(editor.nameProperty().get() + " changed on disk"
                + (editor.dirtyProperty().get() ? " while you have unsaved changes." : "."));
        Button reload = new Button("Reload");
        reload.setId("workflow-reload");
        reload.setOnAction(e -> tabs.reload(editor));
        Button compare = new Button("Compare");
        compare.setId("workflow-compare-button");
        compare.setOnAction(e -> DiffWindow.show(root, editor.nameProperty().get(), editor.codeArea().getText(),
                disk));
        Button keep = new Button("Keep mine");
        keep.setId("workflow-keep");
        keep.setOnAction(e -> editor.banner(null));
        HBox banner = new HBox(8, new FontIcon("mdi2f-file-alert-outline"), text, reload, compare, keep);
        banner.setId("workflow-disk-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add(Styles.WORKFLOW_BANNER);
        editor.banner(banner);
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
