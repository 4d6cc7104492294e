package dev.clio.demo;

import dev.clio.ops.OpsException;
import dev.clio.workspace.DataDirectory;
import dev.clio.workspace.InitReport;
import dev.clio.workspace.Workspace;
import dev.clio.workspace.WorkspaceInitializer;
import dev.clio.workspace.Workspaces;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo workspace: {@code <user data directory>/cli-orchestrator/demo} (see {@link DataDirectory}; set
 * {@code CLIO_DATA_DIR} or {@code -Dclio.data.dir} to move it), created with the sample workflows on first use. An
 * existing workspace is used as it is: nothing in it is ever overwritten.
 *
 * <p>Methods touch the disk (creation writes a few dozen files): call them off the UI thread.
 */
public final class DemoWorkspace {

    /** Written into {@code .ai/} of a workspace this class created, so the console can tell a demo workspace. */
    public static final String MARKER = "DEMO_WORKSPACE";
    private static final Logger LOG = LoggerFactory.getLogger(DemoWorkspace.class);

    private DemoWorkspace() {
    }

    /** Where the demo workspace of this user is (whether or not it exists yet). */
    public static Path directory() {
        return DataDirectory.demo();
    }

    /** The user's demo workspace, created on first use; see {@link #ensure(Path)}. */
    public static Workspace ensure() {
        return ensure(directory());
    }

    /**
     * Creates a workspace with the sample workflows in {@code dir} unless it already is one, and checks that it is
     * writable (the engine writes its log, store and artifacts there).
     *
     * @throws OpsException UNAVAILABLE with one actionable sentence when the directory cannot be created or written
     */
    public static Workspace ensure(Path dir) {
        Workspace workspace = new Workspace(dir);
        if (!Workspaces.isWorkspace(workspace.root())) {
            create(workspace);
        }
        if (!Files.isWritable(workspace.root()) || !Files.isWritable(workspace.root().resolve(".ai"))) {
            throw new OpsException(OpsException.Kind.UNAVAILABLE, "The demo workspace " + workspace.root()
                    + " is not writable: make it writable, or set " + DataDirectory.OVERRIDE_VARIABLE
                    + " to keep the demo workspace elsewhere");
        }
        return workspace;
    }

    /** True for a workspace created by {@link #ensure}, and for the user's demo directory. */
    public static boolean isDemo(Workspace workspace) {
        return Files.isRegularFile(workspace.root().resolve(".ai").resolve(MARKER))
                || workspace.root().equals(new Workspace(directory()).root());
    }

    private static void create(Workspace workspace) {
        try {
            InitReport report = WorkspaceInitializer.initialize(workspace.root());
            writeMarker(workspace);
            LOG.info("Created the demo workspace in {} ({} paths)", workspace.root(), report.created().size());
        } catch (IOException e) {
            throw new OpsException(OpsException.Kind.UNAVAILABLE, "Cannot create the demo workspace: "
                    + e.getMessage() + " (" + DataDirectory.OVERRIDE_VARIABLE + " sets where it is kept)");
        }
    }

    private static void writeMarker(Workspace workspace) throws IOException {
        Path marker = workspace.root().resolve(".ai").resolve(MARKER);
        try {
            Files.writeString(marker, "This workspace was created for the CLI Orchestrator demo; the demo load runs"
                    + " its workflows and creates API keys named demo-load-*.\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            // created by a concurrent first run: the same content
        }
    }
}
