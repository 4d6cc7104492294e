package dev.clio.engine.workflow;

import java.util.List;
import java.util.Map;

/**
 * One step of a workflow.
 *
 * @param index position in the file (0-based)
 * @param dependsOn the step ids it waits for; null when the key is absent (then it depends on the previous step),
 *     empty for {@code depends_on: []} (a root)
 * @param with the step's parameters as written (templates not yet substituted)
 * @param when the condition text, or null
 * @param retry retry policy; {@link Retry#NONE} when absent
 * @param tokenLimit a per-step token limit declared by the step ({@code with.max_tokens} or
 *     {@code constraints.max_tokens}), or null
 */
public record Step(
        int index,
        String id,
        String name,
        String actor,
        Map<String, Object> with,
        String when,
        List<String> dependsOn,
        Retry retry,
        OnFail onFail,
        List<String> emits,
        List<Object> gates,
        Integer timeoutMinutes,
        Long tokenLimit) {

    public Step {
        with = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(with));
        dependsOn = dependsOn == null ? null : List.copyOf(dependsOn);
        emits = List.copyOf(emits);
        gates = List.copyOf(gates);
    }

    /** True when the step declared {@code depends_on} (possibly empty). */
    public boolean hasExplicitDependencies() {
        return dependsOn != null;
    }
}
