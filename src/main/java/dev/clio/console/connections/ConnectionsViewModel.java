package dev.clio.console.connections;

import dev.clio.connections.ConnectionProfile;
import dev.clio.connections.ConnectionStore;
import dev.clio.connections.SavedConnection;
import dev.clio.console.common.Background;
import dev.clio.console.common.Session;
import dev.clio.console.common.SessionHolder;
import dev.clio.console.common.SessionOpener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The connection manager and the toolbar switcher: the saved connections plus the built-in demo workspace, adding,
 * editing and removing them, and connecting to one. Store IO and opening run on {@code io}; state changes on
 * {@code ui}.
 */
public final class ConnectionsViewModel {

    private final SessionOpener opener;
    private final ConnectionStore store;
    private final SessionHolder sessions;
    private final Executor io;
    private final Executor ui;
    private final Consumer<String> onConnectProblem;
    private final ConnectionEditor editor = new ConnectionEditor();
    private final ObservableList<ConnectionRow> rows = FXCollections.observableArrayList();
    // one wrapper for every caller: a wrapper listens to the list weakly, so a fresh one per call loses listeners
    private final ObservableList<ConnectionRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper opening = new ReadOnlyStringWrapper(this, "opening");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");

    /** @param onConnectProblem also told when opening a connection fails (the shell's notifications) */
    public ConnectionsViewModel(SessionOpener opener, SessionHolder sessions, Executor io, Executor ui,
            Consumer<String> onConnectProblem) {
        this.opener = opener;
        this.store = opener.store();
        this.sessions = sessions;
        this.io = io;
        this.ui = ui;
        this.onConnectProblem = onConnectProblem;
    }

    // Properties

    public ObservableList<ConnectionRow> rows() {
        return readOnlyRows;
    }

    public ConnectionEditor editor() {
        return editor;
    }

    /** What went wrong with the last store change or connect, as a sentence; "" when all went well. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The name of the connection being opened, or null. */
    public ReadOnlyStringProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /** Whether the manager dialog is shown. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** The current session's name, for the switcher's check mark. */
    public String currentName() {
        Session s = sessions.current();
        return s == null ? null : s.name();
    }

    // Commands

    public void show() {
        open.set(true);
        reload();
    }

    public void hide() {
        editor.cancel();
        open.set(false);
    }

    /** Reads the saved connections again (off the UI thread). */
    public void reload() {
        Background.call(store::list).onSuccess(this::apply).onError(message::set).runOn(io, ui);
    }

    public void add() {
        message.set("");
        editor.startNew();
    }

    public void edit(ConnectionRow row) {
        if (row != null && !row.builtIn()) {
            message.set("");
            editor.startEditing(row.savedOrNull());
        }
    }

    /** Validates the form; when it is right, saves it (and a newly entered key) and closes the form. */
    public void save() {
        ConnectionProfile profile = editor.validate().orElse(null);
        if (profile == null) {
            return;
        }
        String previous = editor.originalName();
        String key = editor.takeKey();
        Background.call(() -> {
            if (previous == null) {
                store.add(profile);
            } else {
                // the form does not show the paging endpoint: keep the one saved now, not the one listed earlier
                java.net.URI paging = store.get(previous).profile().monitoring().pagingEndpointOrNull();
                store.update(previous, profile.withMonitoring(profile.monitoring().withPagingEndpoint(paging)));
            }
            if (key != null) {
                store.storeKey(profile.name(), key);
            }
            return store.list();
        }).onSuccess(list -> {
            editor.cancel();
            message.set("");
            apply(list);
        }).onError(problem -> {
            message.set(problem);
            reload();
        }).runOn(io, ui);
    }

    /** Removes a saved connection and its key file. */
    public void remove(ConnectionRow row) {
        if (row == null || row.builtIn()) {
            return;
        }
        if (row.name().equals(editor.originalName())) {
            editor.cancel();
        }
        Background.call(() -> {
            store.remove(row.name());
            return store.list();
        }).onSuccess(this::apply).onError(message::set).runOn(io, ui);
    }

    /** Opens the connection off the UI thread and makes it the session; the manager closes once it is open. */
    public void connect(ConnectionRow row) {
        if (row == null || opening.get() != null || !sessions.mayLeave()) {
            return;
        }
        opening.set(row.name());
        message.set("");
        Background.call(() -> opener.open(row.profile())).onSuccess(session -> {
            opening.set(null);
            sessions.switchTo(session);
            hide();
            reload();
        }).onError(problem -> {
            opening.set(null);
            message.set("Could not open " + row.name() + ": " + problem);
            onConnectProblem.accept(message.get());
        }).runOn(io, ui);
    }

    private void apply(List<SavedConnection> saved) {
        List<ConnectionRow> next = new ArrayList<>();
        saved.forEach(s -> next.add(ConnectionRow.of(s)));
        if (saved.stream().noneMatch(s -> s.name().equals(ConnectionRow.demo().name()))) {
            next.add(ConnectionRow.demo());
        }
        rows.setAll(next);
    }
}
