package dev.clio.console.connections;

import dev.clio.console.common.ConsoleAction;
import dev.clio.console.common.ConsoleContext;
import dev.clio.console.common.Notifications;
import dev.clio.console.common.SessionOpener;
import javafx.scene.Node;

/**
 * Connections in the console: the manager dialog (Ctrl+K, the palette, the switcher's last entry) and the toolbar
 * switcher, over one {@link ConnectionsViewModel}. The app puts {@link #switcher()} in the toolbar and
 * {@link #dialog()} over the window; register before the window installs its shortcuts.
 */
public final class ConnectionsFeature {

    public static final String MANAGE_SHORTCUT = "Shortcut+K";
    private static final String MANAGE_DISPLAY = "Ctrl+K";

    private final ConnectionsViewModel vm;
    private final ConnectionsDialog dialog;
    private final ConnectionSwitcher switcher;

    public ConnectionsFeature(ConsoleContext context, SessionOpener opener) {
        vm = new ConnectionsViewModel(opener, context.sessions(), context.io(), context.ui(),
                problem -> context.notifications().post(new Notifications.Notice(context.clock().instant(),
                        "Could not switch the connection", problem, false)));
        dialog = new ConnectionsDialog(vm);
        switcher = new ConnectionSwitcher(vm, MANAGE_DISPLAY);
        context.actions().register(new ConsoleAction("connections.manage", "Connections", "Manage connections",
                MANAGE_SHORTCUT, "Add, edit, remove and connect to saved connections", vm::show));
        context.actions().register(new ConsoleAction("connections.retry", "Connections", "Retry the connection now",
                null, "Probes the current connection now instead of waiting for the next retry",
                () -> context.sessions().retryNow()));
        vm.reload();
    }

    public ConnectionsViewModel viewModel() {
        return vm;
    }

    public Node switcher() {
        return switcher.node();
    }

    public Node dialog() {
        return dialog.node();
    }
}
