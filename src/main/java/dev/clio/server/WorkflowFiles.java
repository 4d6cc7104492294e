package dev.clio.server;

import dev.clio.ops.OpsException;
import java.util.regex.Pattern;

/**
 * First-line defence for workflow paths sent by clients: a relative path inside the workspace, nothing that could
 * name a file elsewhere. The Operations implementation resolves and checks the path again against its workspace.
 */
final class WorkflowFiles {

    private static final Pattern DOT_DOT = Pattern.compile("(^|[/\\\\])\\.\\.([/\\\\]|$)");

    private WorkflowFiles() {
    }

    static String check(String file) {
        if (file == null || file.isBlank()) {
            throw OpsException.invalid("workflow_file: required, e.g. .ai/workflows/PY_EDIT_TRIAGE.yaml");
        }
        if (file.length() > 512 || file.chars().anyMatch(Character::isISOControl)) {
            throw OpsException.invalid("workflow_file: at most 512 printable characters");
        }
        if (file.startsWith("/") || file.startsWith("\\") || file.matches("^[A-Za-z]:.*")
                || DOT_DOT.matcher(file).find() || file.contains("%")) {
            throw OpsException.invalid("workflow_file: '" + ApiCall.clean(file)
                    + "' must be a relative path inside the workspace, without '..'");
        }
        return file;
    }
}
