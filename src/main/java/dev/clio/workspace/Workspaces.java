package dev.clio.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the workspace a command works in. */
public final class Workspaces {

    private static final Logger LOG = LoggerFactory.getLogger(Workspaces.class);
    private static final String APP_DIR = "cli-orchestrator";

    private Workspaces() {
    }

    /**
     * The explicit directory when given (relative to {@code cwd}); else {@code cwd} when it is a workspace; else the
     * demo workspace in the user's data directory, created on first use (which writes files, hence may block briefly).
     */
    public static Workspace resolve(Path cwd, Path explicitOrNull) throws IOException {
        return resolve(cwd, explicitOrNull, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Workspace resolve(Path cwd, Path explicit, Map<String, String> env, Path home) throws IOException {
        if (explicit != null) {
            return new Workspace(cwd.resolve(explicit));
        }
        if (isWorkspace(cwd)) {
            return new Workspace(cwd);
        }
        Path demo = demoDirectory(env, home);
        if (!isWorkspace(demo)) {
            InitReport report = WorkspaceInitializer.initialize(demo);
            LOG.info("Created the demo workspace in {} ({} paths)", report.workspace().root(), report.created().size());
        }
        return new Workspace(demo);
    }

    /** A directory is a workspace when it has an {@code .ai/} directory. */
    public static boolean isWorkspace(Path dir) {
        return Files.isDirectory(dir.resolve(".ai"));
    }

    /**
     * {@code $XDG_DATA_HOME/cli-orchestrator/demo}, or {@code ~/.local/share/cli-orchestrator/demo} when the variable
     * is unset, empty or relative (the XDG base directory specification says to ignore a relative value).
     */
    public static Path demoDirectory(Map<String, String> env, Path home) {
        String xdg = env.get("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : home.resolve(".local/share");
        return data.resolve(APP_DIR).resolve("demo").toAbsolutePath().normalize();
    }
}
