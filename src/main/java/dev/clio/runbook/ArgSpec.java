package dev.clio.runbook;

import dev.clio.runbook.RunbookParam.ParamType;

/**
 * One typed argument of a runbook call.
 *
 * @param defaultValue the text form used when the step does not give it, or null (then it is required)
 */
public record ArgSpec(String name, ParamType type, boolean required, String defaultValue, String description) {

    static ArgSpec required(String name, ParamType type, String description) {
        return new ArgSpec(name, type, true, null, description);
    }

    static ArgSpec optional(String name, ParamType type, String defaultValue, String description) {
        return new ArgSpec(name, type, false, defaultValue, description);
    }
}
