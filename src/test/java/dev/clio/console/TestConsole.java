package dev.clio.console;

import dev.clio.console.common.ConsoleContext;
import dev.clio.console.common.ConsolePrefs;
import dev.clio.console.common.Session;
import dev.clio.ops.Operations;
import dev.clio.ops.embedded.EmbeddedOperations;
import dev.clio.workspace.Workspace;
import dev.clio.workspace.WorkspaceInitializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * For console tests: the console's real runtime (executors, KPI feed, session holder) over a real embedded workspace
 * created in a temporary directory. Views under test are built with {@link #context()}.
 */
public final class TestConsole implements AutoCloseable {

    private final ConsoleRuntime runtime;
    private final Workspace workspace;

    private TestConsole(ConsoleRuntime runtime, Workspace workspace) {
        this.runtime = runtime;
        this.workspace = workspace;
    }

    /** A console runtime over a fresh sample workspace in {@code dir}; the UI executor is the FX thread. */
    public static TestConsole embedded(Path dir) {
        return embedded(dir, Platform::runLater, Clock.systemUTC());
    }

    public static TestConsole embedded(Path dir, Executor ui, Clock clock) {
        try {
            Path root = dir.resolve("ws");
            WorkspaceInitializer.initialize(root);
            ConsoleRuntime runtime = new ConsoleRuntime(ConsolePrefs.load(dir.resolve("config")), null, ui, clock,
                    id -> { });
            return new TestConsole(runtime, new Workspace(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ConsoleContext context() {
        return runtime.context();
    }

    public Workspace workspace() {
        return workspace;
    }

    /** Opens the workspace's embedded Operations and makes it the current session (call on the UI thread). */
    public Session connect(String environment) {
        Operations ops = EmbeddedOperations.open(workspace);
        Session session = new Session("test", environment, "workspace " + workspace.root(), ops, workspace);
        runtime.context().sessions().switchTo(session);
        return session;
    }

    @Override
    public void close() {
        runtime.close();
    }
}
