package dev.clio.engine.workflow;

import java.util.List;
import java.util.Map;

/**
 * A loaded, validated workflow. Produced only by {@link WorkflowValidator}, so the engine, API and editor all see the
 * same workflow for the same text.
 *
 * @param inputs declared inputs with their defaults (a value may be a string, number, boolean, list or null)
 * @param raw the whole document as plain Java values (maps, lists, scalars), for keys the model does not name
 */
public record Workflow(
        String name,
        String version,
        String description,
        Map<String, Object> metadata,
        Map<String, Object> inputs,
        Policy policy,
        List<Step> steps,
        List<Map<String, Object>> phases,
        Map<String, Object> gates,
        Map<String, Object> raw) {

    public Workflow {
        // Not Map.copyOf: YAML values may be null (metadata: {owner: ~}).
        metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
        inputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
        steps = List.copyOf(steps);
        phases = List.copyOf(phases);
        gates = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(gates));
    }

    public java.util.Optional<Step> step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
