package dev.clio.engine.adapter;

import dev.clio.engine.workflow.Step;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the runner hands an adapter for one attempt of one step.
 *
 * @param with the step's parameters with templates already substituted
 * @param files the resolved file patterns ({@code --files} or {@code inputs.files})
 * @param timeout the time the attempt may take, or null for none
 */
public record StepRequest(
        String executionId,
        String workflowName,
        Step step,
        Map<String, Object> with,
        List<String> files,
        int attempt,
        Duration timeout) {

    public StepRequest {
        with = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(with));
        files = List.copyOf(files);
    }
}
