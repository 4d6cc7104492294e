package dev.clio.runbook;

import java.util.List;

/**
 * A runbook-level typed parameter, referenced from steps as {@code ${params.NAME}}.
 *
 * @param defaultValue the default in its text form, or null when the operator must give one
 * @param pattern a regular expression the whole value must match, or null
 * @param allowed the only values accepted (text forms), empty for any
 * @param secret true to redact the value in history and audit, and to re-prompt it on a re-run
 */
public record RunbookParam(String name, ParamType type, String defaultValue, String pattern, List<String> allowed,
        boolean secret, String description) {

    public RunbookParam {
        allowed = List.copyOf(allowed);
    }

    /** Parameter (and call argument) types. {@code path} is a workspace-relative path that may not escape it. */
    public enum ParamType {
        STRING, INTEGER, NUMBER, BOOLEAN, DURATION, PATH;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
