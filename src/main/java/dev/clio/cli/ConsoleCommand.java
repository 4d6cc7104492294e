package dev.clio.cli;

import dev.clio.console.ConsoleLauncher;
import dev.clio.console.ConsoleStartup;
import dev.clio.console.common.ConsolePrefs;
import dev.clio.console.common.Session;
import dev.clio.ops.Durations;
import dev.clio.ops.Operations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
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

    @Option(names = "--environment", paramLabel = "LABEL", defaultValue = "development",
            description = "Environment label shown in the title bar: development, staging or production "
                    + "(default: ${DEFAULT-VALUE}).")
    String environment;

    @Option(names = "--screenshots", paramLabel = "DIR",
            description = "Show every view in both themes, write PNG screenshots to DIR and exit.")
    Path screenshots;

    @Option(names = "--first-frame-file", paramLabel = "FILE", hidden = true,
            description = "Write the milliseconds from process start to the first frame to FILE (benchmark).")
    Path firstFrameFile;

    @Option(names = "--exit-after-first-frame", hidden = true)
    boolean exitAfterFirstFrame;

    @Override
    public Integer call() {
        Duration interval = refresh == null ? null : Durations.parse("--refresh", refresh);
        String env = environment.strip().toLowerCase(Locale.ROOT);
        if (!env.matches("development|staging|production")) {
            spec.commandLine().getErr().println("error: --environment must be development, staging or production");
            return ExitCodes.USAGE_OR_IO;
        }
        String display = Displays.problemOrNull(options.context().environment());
        if (display != null) {
            spec.commandLine().getErr().println("error: " + display);
            return ExitCodes.USAGE_OR_IO;
        }
        Path configDir = ConsolePrefs.configDirectory(System.getenv(), Path.of(System.getProperty("user.home")));
        ConsoleLauncher.launch(new ConsoleStartup(() -> open(env), view, configDir, interval, screenshots,
                firstFrameFile, exitAfterFirstFrame));
        return ExitCodes.OK;
    }

    /** Runs off the UI thread, after the window is shown. */
    private Session open(String env) {
        Operations ops = options.open();
        String target = options.target();
        String name = options.workspaceOrNull() != null
                ? options.workspaceOrNull().root().getFileName().toString()
                : target.replaceFirst("^server ", "");
        return new Session(name, env, target, ops, options.workspaceOrNull());
    }
}
