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
     * The demo workspace directory for this environment and home; see {@link DataDirectory#demo(Map, String, String,
     * Path)}, which also reads the {@code clio.data.dir} system property and the operating system.
     */
    public static Path demoDirectory(Map<String, String> env, Path home) {
        return DataDirectory.demo(env, System.getProperty(DataDirectory.OVERRIDE_PROPERTY),
                System.getProperty("os.name", ""), home);
    }
}
