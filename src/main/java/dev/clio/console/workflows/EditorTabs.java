package dev.clio.console.workflows;

import dev.clio.console.common.Background;
import dev.clio.console.common.ConfirmationDialog;
import dev.clio.console.common.ConfirmationRequest;
import dev.clio.console.common.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The open workflows, one {@link WorkflowEditor} per tab: opening (a file already open is selected, not opened
 * twice), saving, reverting and closing with the unsaved-changes guard. UI thread only; IO through Background.
 */
final class EditorTabs {

    private final TabPane tabs = new TabPane();
    private final WorkflowsViewModel vm;
    private final Consumer<String> message;
    private final List<Consumer<WorkflowEditor>> openListeners = new ArrayList<>();
    private int untitled;

    EditorTabs(WorkflowsViewModel vm, Consumer<String> message) {
        this.vm = vm;
        this.message = message;
        tabs.setId("workflow-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
    }

    Node node() {
        return tabs;
    }

    TabPane pane() {
        return tabs;
    }

    /** Called with every editor opened from now on (the view adds its own parts, other features theirs). */
    void onOpen(Consumer<WorkflowEditor> listener) {
        openListeners.add(listener);
    }

    Optional<WorkflowEditor> current() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab == null ? Optional.empty() : Optional.of((WorkflowEditor) tab.getUserData());
    }

    List<WorkflowEditor> editors() {
        return tabs.getTabs().stream().map(t -> (WorkflowEditor) t.getUserData()).toList();
    }

    List<String> dirtyNames() {
        return editors().stream().filter(e -> e.dirtyProperty().get()).map(e -> e.nameProperty().get()).toList();
    }

    void open(FileEntry entry) {
        for (Tab tab : tabs.getTabs()) {
            if (entry.location().equals(((WorkflowEditor) tab.getUserData()).locationProperty().get())) {
                tabs.getSelectionModel().select(tab);
                return;
            }
        }
        WorkflowStore store = vm.storeOf(entry.location());
        Background.call(() -> store.read(entry.location()))
                .onSuccess(text -> add(new EditorDocument(entry.location().label(), entry.location(), text)))
                .onError(message).runOn(vm.services().io(), vm.services().ui());
    }

    /** A new, unsaved tab with {@code text} (a sample template or empty). */
    WorkflowEditor openNew(String text) {
        untitled++;
        return add(new EditorDocument("untitled-" + untitled + ".yaml", null, text));
    }

    WorkflowEditor add(EditorDocument document) {
        WorkflowEditor editor = new WorkflowEditor(document, vm.services());
        editor.readOnly(vm.readOnlyReasonProperty().get());
        Tab tab = new Tab();
        tab.setId("workflow-tab-" + document.name().substring(document.name().lastIndexOf('/') + 1)
                .replaceAll("[^A-Za-z0-9_-]", "-"));
        tab.setUserData(editor);
        tab.setContent(editor.node());
        tab.textProperty().bind(Bindings.createStringBinding(() -> title(editor), editor.nameProperty(),
                editor.dirtyProperty()));
        tab.setOnCloseRequest(e -> {
            if (!mayClose(editor)) {
                e.consume();
            }
        });
        tab.setOnClosed(e -> editor.close());
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
        openListeners.forEach(l -> l.accept(editor));
        return editor;
    }

    /** Closes every tab without asking (the connection changed after the guard agreed). */
    void closeAll() {
        editors().forEach(WorkflowEditor::close);
        tabs.getTabs().clear();
    }

    /** Asks about unsaved changes; true when the tab may close now. */
    private boolean mayClose(WorkflowEditor editor) {
        if (!editor.dirtyProperty().get()) {
            return true;
        }
        return switch (UnsavedChanges.ask(tabs, List.of(editor.nameProperty().get()), "closing", true)) {
            case CANCEL -> false;
            case DISCARD -> true;
            case SAVE -> {
                save(editor, () -> close(editor));
                yield false;
            }
        };
    }

    void close(WorkflowEditor editor) {
        tabs.getTabs().removeIf(t -> {
            if (t.getUserData() == editor) {
                editor.close();
                return true;
            }
            return false;
        });
    }

    /** Saves to where the editor's file came from; an untitled file asks for a name first ({@code askName}). */
    void save(WorkflowEditor editor, Runnable then) {
        FileLocation location = editor.locationProperty().get();
        if (location == null) {
            message.accept("Use Save as to give the new workflow a name first.");
            return;
        }
        WorkflowStore store = vm.storeOf(location);
        saveAs(editor, store, store.nameOf(location), then);
    }

    void saveAs(WorkflowEditor editor, WorkflowStore store, String name, Runnable then) {
        if (vm.readOnlyReasonProperty().get() != null) {
            message.accept(vm.readOnlyReasonProperty().get());
            return;
        }
        String text = editor.codeArea().getText();
        Session session = vm.sessionProperty().get();
        if (store instanceof ServerStore && session != null) {
            // saving on a server changes what it runs: confirmed (and audited by the server) like any remediation
            ConfirmationDialog.ask(tabs, ConfirmationRequest.of("save workflow", List.of(name), session), "workflows",
                    () -> write(editor, store, name, text, then));
            return;
        }
        write(editor, store, name, text, then);
    }

    private void write(WorkflowEditor editor, WorkflowStore store, String name, String text, Runnable then) {
        Background.call(() -> store.save(name, text)).onSuccess(saved -> {
            editor.saved(saved.label(), saved, text);
            message.accept("Saved " + saved.label() + ".");
            vm.refresh();
            then.run();
        }).onError(problem -> message.accept("Not saved: " + problem)).runOn(vm.services().io(), vm.services().ui());
    }

    /** Reads the file again and replaces the text (revert, reload after an outside change). */
    void reload(WorkflowEditor editor) {
        FileLocation location = editor.locationProperty().get();
        if (location == null) {
            return;
        }
        WorkflowStore store = vm.storeOf(location);
        Background.call(() -> store.read(location)).onSuccess(text -> {
            editor.replaceAll(text);
            editor.banner(null);
        }).onError(message).runOn(vm.services().io(), vm.services().ui());
    }

    private static String title(WorkflowEditor editor) {
        String name = editor.nameProperty().get();
        String shortName = name.substring(name.lastIndexOf('/') + 1);
        return (editor.dirtyProperty().get() ? "● " : "") + shortName;
    }
}
