package dev.clio.console.workflows;

import dev.clio.console.common.Background;
import dev.clio.console.common.Session;
import dev.clio.console.common.SessionHolder;
import dev.clio.security.Role;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Workflows view's state: the stores (the workspace's {@code .ai/workflows} and opened folders in embedded mode,
 * the server's workflows in remote mode), their files with the validator's verdict (listed in the background), and
 * why editing is not allowed, if it is not (a viewer key). No controls; UI thread only.
 */
final class WorkflowsViewModel {

    static final String VIEWER_REASON = "Read-only: this API key has the viewer role; saving needs an operator key";

    private final SessionHolder sessions;
    private final EditorServices services;
    private final Executor io;
    private final Executor ui;
    private final List<Path> openedFolders = new ArrayList<>();
    private final ObservableList<StoreListing> listings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper readOnlyReason = new ReadOnlyStringWrapper(this, "readOnlyReason");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>(this, "session");
    private List<WorkflowStore> stores = List.of();
    private long generation;

    WorkflowsViewModel(SessionHolder sessions, EditorServices services) {
        this.sessions = sessions;
        this.services = services;
        this.io = services.io();
        this.ui = services.ui();
        sessions.currentProperty().addListener((obs, old, now) -> bind(now));
        bind(sessions.current());
    }

    // Properties

    ObservableList<StoreListing> listings() {
        return listings;
    }

    /** Why the files cannot be edited now, or null when they can. */
    ReadOnlyStringProperty readOnlyReasonProperty() {
        return readOnlyReason.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Session> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    List<WorkflowStore> stores() {
        return stores;
    }

    /** The store new files are saved to: the workspace's folder, or the server. */
    WorkflowStore primaryStore() {
        return stores.isEmpty() ? null : stores.get(0);
    }

    /** The store holding {@code location}, or the primary one. */
    WorkflowStore storeOf(FileLocation location) {
        if (location != null) {
            for (WorkflowStore s : stores) {
                if (s.holds(location)) {
                    return s;
                }
            }
        }
        return primaryStore();
    }

    EditorServices services() {
        return services;
    }

    // Commands

    /** Lists every store again in the background; the listings are replaced in one change. */
    void refresh() {
        long asked = ++generation;
        List<WorkflowStore> current = stores;
        Background.call(() -> {
            List<StoreListing> out = new ArrayList<>();
            for (WorkflowStore store : current) {
                try {
                    out.add(new StoreListing(store, store.list(), null));
                } catch (RuntimeException e) {
                    out.add(new StoreListing(store, List.of(), dev.clio.console.common.Problems.sentence(e)));
                }
            }
            return out;
        }).onSuccess(out -> {
            if (asked == generation) {
                listings.setAll(out);
            }
        }).onError(problem::set).runOn(io, ui);
    }

    /** Adds a local folder to the tree (embedded sessions only: a remote server's files are not on this machine). */
    void openFolder(Path folder) {
        Session now = session.get();
        if (now == null || !now.embedded()) {
            problem.set("Opening a local folder needs a workspace connection; this one is a remote server.");
            return;
        }
        if (!openedFolders.contains(folder)) {
            openedFolders.add(folder);
        }
        bind(now);
    }

    private void bind(Session now) {
        session.set(now);
        problem.set("");
        readOnlyReason.set(null);
        List<WorkflowStore> next = new ArrayList<>();
        if (now != null && now.embedded()) {
            Path root = now.workspaceOrNull().root();
            next.add(new FolderStore(now.workspaceOrNull().workflows(), root, ".ai/workflows", services.validator()));
            for (Path folder : openedFolders) {
                next.add(new FolderStore(folder, root, folder.toString(), services.validator()));
            }
        } else if (now != null) {
            next.add(new ServerStore(now.operations(), now.target()));
            askRole(now);
        }
        stores = List.copyOf(next);
        listings.clear();
        refresh();
    }

    private void askRole(Session asked) {
        Background.call(() -> asked.operations().whoami()).onSuccess(me -> {
            if (asked == session.get() && !me.allows(Role.OPERATOR)) {
                readOnlyReason.set(VIEWER_REASON);
            }
        }).onError(ignored -> { }).runOn(io, ui);
    }
}
