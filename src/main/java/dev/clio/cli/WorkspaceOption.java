package dev.clio.cli;

import dev.clio.workspace.Workspace;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --workspace DIR} option; the current directory when absent. */
final class WorkspaceOption {

    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace directory (default: the current "
            + "directory).")
    Path dir;

    Workspace workspace() {
        return new Workspace(dir == null ? Path.of("") : dir);
    }
}
