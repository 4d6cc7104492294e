package dev.clio.server;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.Map;

/** Request bodies of the POST and PUT routes; read strictly by {@link dev.clio.ops.OpsJson}. */
final class Bodies {

    private Bodies() {
    }

    /** No fields: the body may be absent, empty or {@code {}}. */
    record Empty() {
    }

    record WorkflowFile(String workflowFile) {
    }

    /** The original's execute request; {@code parameters} is accepted as the original name of {@code inputs}. */
    record SaveWorkflow(String workflowFile, String text) {
    }

    record Execute(String workflowFile, Boolean dryRun, String files, String lane, Long maxTokens,
            @JsonAlias("parameters") Map<String, String> inputs) {
    }

    record ConfigValue(String value) {
    }

    record Clean(Boolean dryRun) {
    }

    record SeverityChange(dev.clio.ops.Incidents.Severity severity, String why) {
    }

    record StatusChange(dev.clio.ops.Incidents.Status status, String why) {
    }

    record NoteText(String text) {
    }

    record Pin(Boolean pinned) {
    }

    /** {@code text} as sent (null: the template as filled); {@code channel} where it went (email, chat …). */
    record Sent(String text, String channel) {
    }
}
