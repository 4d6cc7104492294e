package dev.clio.engine.adapter;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one attempt.
 *
 * @param artifacts workspace-relative paths written by the step
 * @param metadata adapter-specific facts (exit code, tests run, model, prompt/completion tokens, …)
 */
public record AdapterResult(
        boolean success,
        long tokensUsed,
        List<String> artifacts,
        String output,
        String error,
        Map<String, Object> metadata) {

    public AdapterResult {
        artifacts = List.copyOf(artifacts);
        metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
        output = output == null ? "" : output;
    }

    public static AdapterResult ok(String output, List<String> artifacts, Map<String, Object> metadata) {
        return new AdapterResult(true, 0, artifacts, output, null, metadata);
    }

    public static AdapterResult failed(String error) {
        return new AdapterResult(false, 0, List.of(), "", error, Map.of());
    }
}
