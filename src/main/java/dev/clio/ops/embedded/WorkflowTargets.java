package dev.clio.ops.embedded;

import dev.clio.ops.OpsException;
import dev.clio.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a client may save a workflow: a {@code .yaml}/{@code .yml} file under the workspace's {@code .ai/workflows},
 * named relative to it (or as {@code .ai/workflows/…}), never through a symbolic link, never outside.
 */
final class WorkflowTargets {

    private static final int MAX_NAME = 512;
    private static final String PREFIX = ".ai/workflows/";

    private WorkflowTargets() {
    }

    static Path forSave(Workspace workspace, String file) {
        if (file == null || file.isBlank() || file.length() > MAX_NAME
                || file.chars().anyMatch(Character::isISOControl)) {
            throw OpsException.invalid("workflow_file: required, at most " + MAX_NAME + " printable characters, e.g."
                    + " MY_WORKFLOW.yaml");
        }
        String name = file.replace('\\', '/');
        name = name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : name;
        Path asGiven = Path.of(name);
        boolean dotDot = false;
        for (Path part : asGiven) {
            dotDot |= part.toString().equals("..");
        }
        // '%' too: the API refuses it (an encoded '..'), and both faces must agree
        if (asGiven.isAbsolute() || dotDot || name.startsWith("/") || name.contains("%") || name.matches("^[A-Za-z]:.*")) {
            throw OpsException.invalid("workflow_file: '" + file + "' must be a relative path inside .ai/workflows,"
                    + " without '..'");
        }
        String leaf = asGiven.getFileName().toString();
        if (!leaf.endsWith(".yaml") && !leaf.endsWith(".yml")) {
            throw OpsException.invalid("workflow_file: '" + file + "' must end in .yaml or .yml");
        }
        Path folder = workspace.workflows().toAbsolutePath().normalize();
        Path target = folder.resolve(asGiven).normalize();
        try {
            Files.createDirectories(folder);
            Path realFolder = folder.toRealPath();
            Path parent = target.getParent();
            if (Files.exists(parent, LinkOption.NOFOLLOW_LINKS) && !parent.toRealPath().startsWith(realFolder)
                    || Files.isSymbolicLink(target) || !target.startsWith(folder)) {
                throw OpsException.invalid("workflow_file: '" + file + "' leads out of .ai/workflows (symbolic links"
                        + " are refused)");
            }
        } catch (IOException e) {
            throw OpsException.unavailable("cannot prepare " + folder + ": " + e.getMessage());
        }
        return target;
    }

    /** A sibling temporary file moved over the target: readers (and the runner) never see half a workflow. */
    static void writeAtomically(Path target, String text) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
