package dev.clio.cli;

import dev.clio.config.Environment;
import dev.clio.connections.ConfigDirectory;
import dev.clio.connections.Connection;
import dev.clio.connections.ConnectionFactory;
import dev.clio.connections.ConnectionProfile;
import dev.clio.connections.ConnectionStore;
import dev.clio.console.ConsoleLauncher;
import dev.clio.console.ConsoleStartup;
import dev.clio.console.common.DemoHandle;
import dev.clio.console.common.Session;
import dev.clio.demo.DemoWorkspace;
import dev.clio.workspace.Workspace;
import dev.clio.workspace.Workspaces;
import dev.clio.console.common.SessionOpener;
import dev.clio.ops.Durations;
import dev.clio.ops.Operations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code console}: the desktop operations console, on the embedded engine (default: the demo workspace) or a server. */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = {"Opens the desktop operations console: KPI tiles, alerts, capacity and more.",
            "Without options it runs the embedded engine on the current workspace, or on the demo workspace in your "
                + "data directory (created on first run)."})
final class ConsoleCommand implements Callable<Integer> {

    @Mixin
    OpsOptions options;

    @Spec
    CommandSpec spec;

    @Option(names = "--view", paramLabel = "ID", description = "View to show first: overview, alerts, containers, "
            + "logs, runbooks, incidents, workflows, capacity or settings (default: the last one shown).")
    String view;

    @Option(names = "--refresh", paramLabel = "DURATION",
            description = "KPI refresh interval, e.g. 1s or 5s (default: the one chosen in Settings, else 1s).")
    String refresh;

    @Option(names = "--environment", paramLabel = "LABEL",
            description = "Environment label shown in the title bar for --workspace or a --connection URL: "
                    + "development, staging or production (default: development). A saved connection has its own.")
    String environment;

    @Option(names = "--screenshots", paramLabel = "DIR",
            description = "Show every view in both themes, write PNG screenshots to DIR and exit.")
    Path screenshots;

    @Option(names = "--first-frame-file", paramLabel = "FILE", hidden = true,
            description = "Write the milliseconds from process start to the first frame to FILE (benchmark).")
    Path firstFrameFile;

    @Option(names = "--demo-load", description = "On the demo workspace, start the demo load generator at once "
            + "(the toolbar switch does the same).")
    boolean demoLoad;

    @Option(names = "--exit-after-first-frame", hidden = true)
    boolean exitAfterFirstFrame;

    @Override
    public Integer call() {
        Duration interval = refresh == null ? null : Durations.parse("--refresh", refresh);
        String env = environment == null ? "development" : environment.strip().toLowerCase(Locale.ROOT);
        if (!env.matches("development|staging|production")) {
            spec.commandLine().getErr().println("error: --environment must be development, staging or production");
            return ExitCodes.USAGE_OR_IO;
        }
        ConnectionProfile named = namedProfileOrNull();
        if (named != null && environment != null) {
            spec.commandLine().getErr().println("error: the saved connection '" + named.name() + "' is labelled "
                    + named.environment().label() + "; --environment applies only to --workspace and URL "
                    + "connections (change the label in the connection manager, Ctrl+K)");
            return ExitCodes.USAGE_OR_IO;
        }
        String display = Displays.problemOrNull(options.context().environment());
        if (display != null) {
            spec.commandLine().getErr().println("error: " + display);
            return ExitCodes.USAGE_OR_IO;
        }
        Path configDir = ConfigDirectory.fromEnvironment(options.context().environment());
        // --api-key-env or --ca-cert override the saved key or CA: then the generic path opens it, with its label
        boolean overridden = options.apiKeyEnv != null || options.caCert != null;
        String label = named != null ? named.environment().label() : env;
        Supplier<Session> opener = named != null && !overridden ? () -> openSaved(configDir, named)
                : () -> open(configDir, label);
        ConsoleLauncher.launch(new ConsoleStartup(opener, view, configDir, interval, screenshots,
                firstFrameFile, exitAfterFirstFrame, demoLoad));
        return ExitCodes.OK;
    }

    /** The saved connection {@code --connection NAME} names, checked before the window opens; null otherwise. */
    private ConnectionProfile namedProfileOrNull() {
        String c = options.connection;
        if (c == null || c.contains("://") || !SavedProfiles.looksLikeName(c)) {
            return null;
        }
        return SavedProfiles.find(options.context(), c);
    }

    /** A saved connection opens as the console's connection manager opens it, and becomes the last used. */
    private static Session openSaved(Path configDir, ConnectionProfile profile) {
        return new SessionOpener(new ConnectionStore(configDir)).open(profile);
    }

    /**
     * The demo workspace when that is what these options open (no options outside a workspace, or --workspace naming
     * it): it runs on the demo engine, whose load generator the toolbar switches.
     */
    private Workspace demoWorkspaceOrNull() {
        if (options.connection != null) {
            return null;
        }
        Path cwd = options.context().cwd();
        Path dir = options.workspace != null ? cwd.resolve(options.workspace)
                : Workspaces.isWorkspace(cwd) ? cwd : DemoWorkspace.directory();
        Workspace workspace = new Workspace(dir);
        return DemoHandle.isDemo(workspace) ? workspace : null;
    }

    /** Runs off the UI thread, after the window is shown. */
    private Session open(Path configDir, String env) {
        OpsOptions.UrlConnection url = options.urlConnectionOrNull(Environment.valueOf(env.toUpperCase(Locale.ROOT)));
        if (url != null) {
            Connection connection = new ConnectionFactory(new ConnectionStore(configDir)).open(url.profile(),
                    url.keyOrNull());
            String address = url.profile().location();
            return new Session(address, env, "server " + address, connection.operations(), null, connection);
        }
        Workspace demo = demoWorkspaceOrNull();
        if (demo != null) {
            return DemoHandle.openSession(demo, "demo", env);
        }
        Operations ops = options.open();
        String target = options.target();
        String name = options.workspaceOrNull() != null
                ? options.workspaceOrNull().root().getFileName().toString()
                : target.replaceFirst("^server ", "");
        return new Session(name, env, target, ops, options.workspaceOrNull());
    }
}
