package dev.clio.console.workflows;

import dev.clio.console.common.Session;
import java.nio.file.Path;

/**
 * The name under which Operations plans and runs an editor's file: the server's name for a server workflow, the
 * workspace-relative path for a local file inside the session's workspace. Plans and runs read the saved file, so
 * an unsaved or modified text has no target, with the reason why.
 *
 * @param fileOrNull the {@code workflowFile} of an {@code ExecuteRequest}, or null
 * @param reasonOrNull why there is none
 */
record WorkflowTarget(String fileOrNull, String reasonOrNull) {

    static WorkflowTarget of(FileLocation location, boolean dirty, Session session) {
        if (session == null) {
            return none("Not connected: connect to a workspace or server first.");
        }
        if (location == null) {
            return none("Save the new workflow first: dry runs and runs read the saved file.");
        }
        if (dirty) {
            return none("Save your changes first: dry runs and runs read the saved file.");
        }
        if (location instanceof FileLocation.Server server) {
            return new WorkflowTarget(server.file(), null);
        }
        Path path = ((FileLocation.Local) location).path().toAbsolutePath().normalize();
        if (session.workspaceOrNull() == null) {
            return none("This file is on this machine; the connected server can only run its own workflows.");
        }
        Path root = session.workspaceOrNull().root().toAbsolutePath().normalize();
        if (!path.startsWith(root)) {
            return none("This file is outside the connected workspace " + root + "; save it under .ai/workflows.");
        }
        return new WorkflowTarget(root.relativize(path).toString().replace('\\', '/'), null);
    }

    private static WorkflowTarget none(String reason) {
        return new WorkflowTarget(null, reason);
    }

    boolean present() {
        return fileOrNull != null;
    }
}
