package dev.clio.console.workflows;

import dev.clio.console.common.ActionRegistry;
import dev.clio.console.common.ConsoleAction;
import dev.clio.console.common.ConsoleContext;
import dev.clio.workspace.Sample;
import dev.clio.workspace.Samples;
import java.io.File;
import java.io.IOException;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The view's file commands (new from a sample, open folder, save, save as, revert, refresh) and the editor commands
 * (find, replace, go to line, comment, undo, redo) as toolbar buttons and as command-palette actions. The actions act
 * only while the view is shown, so their shortcuts do nothing elsewhere.
 */
final class WorkflowCommands {

    private final ConsoleContext context;
    private final WorkflowsViewModel vm;
    private final EditorTabs tabs;
    private final Consumer<String> say;
    private boolean shown;

    WorkflowCommands(ConsoleContext context, WorkflowsViewModel vm, EditorTabs tabs, Consumer<String> say) {
        this.context = context;
        this.vm = vm;
        this.tabs = tabs;
        this.say = say;
    }

    void shown() {
        shown = true;
    }

    void hidden() {
        shown = false;
    }

    Node fileToolbar() {
        MenuButton create = new MenuButton("New", new FontIcon("mdi2f-file-plus-outline"));
        create.setId("workflows-new");
        create.setTooltip(new Tooltip("A new workflow from one of the sample templates (Ctrl+N: empty)"));
        try {
            for (String name : Samples.names()) {
                MenuItem item = new MenuItem(name);
                item.setId("workflows-new-" + name.replace('.', '-'));
                item.setOnAction(e -> newFromSample(name));
                create.getItems().add(item);
            }
        } catch (IOException e) {
            create.setDisable(true);
            create.setTooltip(new Tooltip("The sample templates are missing from the build: " + e.getMessage()));
        }
        Button folder = button("workflows-open-folder", "mdi2f-folder-open-outline", "Open a folder of workflows",
                this::openFolder);
        Button save = button("workflows-save", "mdi2c-content-save-outline", "Save (Ctrl+S)", this::save);
        Button saveAs = button("workflows-save-as", "mdi2c-content-save-edit-outline", "Save as…", this::saveAs);
        Button revert = button("workflows-revert", "mdi2f-file-undo-outline", "Revert to the saved file",
                this::revert);
        Button refresh = button("workflows-refresh", "mdi2r-refresh", "List and validate the files again",
                vm::refresh);
        save.disableProperty().bind(vm.readOnlyReasonProperty().isNotNull());
        saveAs.disableProperty().bind(vm.readOnlyReasonProperty().isNotNull());
        return new HBox(4, create, folder, save, saveAs, revert, refresh);
    }

    void register() {
        ActionRegistry actions = context.actions();
        actions.register(WorkflowsView.action("new", "New workflow", "Shortcut+N", "A new, empty workflow tab",
                () -> {
                    context.navigator().show("workflows");
                    tabs.openNew("");
                }));
        actions.register(WorkflowsView.action("save", "Save workflow", "Shortcut+S",
                "Save the current workflow (atomically; on a server through the API)", whenShown(this::save)));
        actions.register(WorkflowsView.action("save-as", "Save workflow as…", null,
                "Save the current workflow under another name", whenShown(this::saveAs)));
        actions.register(WorkflowsView.action("revert", "Revert workflow", null,
                "Throw away the changes and read the saved file again", whenShown(this::revert)));
        actions.register(WorkflowsView.action("open-folder", "Open folder of workflows", null,
                "Add a local folder to the workflow tree", () -> {
                    context.navigator().show("workflows");
                    openFolder();
                }));
        actions.register(WorkflowsView.action("find", "Find in workflow", "Shortcut+F",
                "Find text or a regular expression in the current workflow", whenShown(() -> find(false))));
        actions.register(WorkflowsView.action("replace", "Replace in workflow", "Shortcut+H",
                "Find and replace (regular expressions with $1 groups)", whenShown(() -> find(true))));
        actions.register(WorkflowsView.action("goto-line", "Go to line", "Shortcut+G",
                "Jump to a line (or line:column) of the current workflow",
                whenShown(() -> tabs.current().ifPresent(WorkflowEditor::goToLine))));
        actions.register(WorkflowsView.action("toggle-comment", "Toggle comment (Ctrl+/)", null,
                "Comment out the selected lines, or uncomment them", whenShown(() -> tabs.current()
                        .ifPresent(e -> EditorKeys.toggleComment(e.codeArea())))));
        actions.register(WorkflowsView.action("undo", "Undo (Ctrl+Z)", null, "Undo the last edit",
                whenShown(() -> tabs.current().ifPresent(e -> e.codeArea().undo()))));
        actions.register(WorkflowsView.action("redo", "Redo (Ctrl+Y)", null, "Redo the edit undone last",
                whenShown(() -> tabs.current().ifPresent(e -> e.codeArea().redo()))));
    }

    private Runnable whenShown(Runnable run) {
        return () -> {
            if (shown) {
                run.run();
            }
        };
    }

    void newFromSample(String name) {
        try {
            Sample sample = Samples.get(name);
            tabs.openNew(sample.text());
        } catch (IOException e) {
            say.accept("Cannot open the sample " + name + ": " + e.getMessage());
        }
    }

    void save() {
        tabs.current().ifPresent(editor -> {
            if (editor.locationProperty().get() == null) {
                saveAs();
            } else {
                tabs.save(editor, () -> { });
            }
        });
    }

    void saveAs() {
        tabs.current().ifPresent(editor -> {
            WorkflowStore store = vm.storeOf(editor.locationProperty().get());
            if (store == null) {
                say.accept("Connect to a workspace or server first.");
                return;
            }
            FileLocation location = editor.locationProperty().get();
            TextInputDialog dialog = new TextInputDialog(location == null ? editor.nameProperty().get()
                    : store.nameOf(location));
            dialog.setTitle("Save workflow as");
            dialog.setHeaderText("File name in " + store.title());
            dialog.getEditor().setId("workflows-save-as-name");
            dialog.initOwner(tabs.node().getScene() == null ? null : tabs.node().getScene().getWindow());
            dialog.resultProperty().addListener((obs, old, name) -> {
                if (name != null && !name.isBlank()) {
                    tabs.saveAs(editor, store, name.strip(), () -> { });
                }
            });
            dialog.show();
        });
    }

    void revert() {
        tabs.current().ifPresent(tabs::reload);
    }

    void find(boolean replace) {
        tabs.current().ifPresent(e -> e.showFind(replace));
    }

    private void openFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of workflows");
        File dir = chooser.showDialog(tabs.node().getScene() == null ? null : tabs.node().getScene().getWindow());
        if (dir != null) {
            vm.openFolder(dir.toPath());
        }
    }

    private static Button button(String id, String icon, String tooltip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tooltip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
