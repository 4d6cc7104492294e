package dev.clio.engine.workflow.assist;

import java.util.List;
import java.util.Optional;

/** The functions of the {@code when} language (docs/workflow-language.md, "Conditions"), with what they insert. */
final class WhenFunctions {

    /** @param insert the text inserted; the cursor lands at its end */
    record Function(String name, String insert, String signature, String documentation) {
    }

    static final List<Function> ALL = List.of(
            new Function("has_errors", "has_errors('artifacts/diagnostics.json')",
                    "has_errors(PATH [, kinds=['lint', ...]])",
                    "True when the diagnostics artifact lists at least one issue (of those kinds); a missing artifact"
                            + " has none."),
            new Function("exists", "exists('')", "exists(PATH)  or  PATH exists",
                    "True when the workspace-relative path exists."),
            new Function("success", "success(", "success(STEP_ID)",
                    "True when that step finished and succeeded."),
            new Function("all_previous_steps_success", "all_previous_steps_success", "all_previous_steps_success",
                    "True when every earlier step (file order) that ran succeeded."));

    private WhenFunctions() {
    }

    static Optional<Function> named(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
