package dev.clio.engine.run;

import dev.clio.engine.workflow.Workflow;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

/** What every part of one execution shares. {@code cache} is null when the workflow does not enable caching. */
record RunContext(String executionId, Workflow workflow, RunOptions options, StepRouter router, WhenEvaluator when,
        Emitter emitter, TokenBudget budget, StepCache cache, ScheduledExecutorService timer,
        Map<String, Object> inputs, Templates templates) {

    /** The file patterns of a step: its resolved {@code with.files}, else {@code inputs.files}. */
    List<String> files(Map<String, Object> with) {
        Object files = with.containsKey("files") ? with.get("files") : inputs.get("files");
        if (files instanceof List<?> list) {
            return list.stream().filter(java.util.Objects::nonNull).map(String::valueOf).toList();
        }
        return files == null ? List.of() : List.of(String.valueOf(files));
    }
}
