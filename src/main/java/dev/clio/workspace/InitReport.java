package dev.clio.workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link WorkspaceInitializer} did. Paths are absolute, in the order they were handled.
 *
 * @param created directories and files that did not exist and were made
 * @param kept directories and files that already existed and were left exactly as they were
 * @param warnings problems worth telling the user that did not stop the initialisation
 */
public record InitReport(Workspace workspace, List<Path> created, List<Path> kept, List<String> warnings) {

    public InitReport {
        created = List.copyOf(created);
        kept = List.copyOf(kept);
        warnings = List.copyOf(warnings);
    }

    /** A path as the user reads it: relative to the workspace root, directories ending in {@code /}. */
    public String display(Path path) {
        String relative = workspace.root().relativize(path).toString();
        if (relative.isEmpty()) {
            return "./";
        }
        return java.nio.file.Files.isDirectory(path) ? relative + "/" : relative;
    }
}
