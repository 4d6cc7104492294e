package dev.clio.engine.workflow;

import java.util.Map;

/**
 * The workflow's {@code policy} block.
 *
 * @param maxTokens token budget, or null when the workflow sets none
 * @param timeoutMinutes whole-workflow timeout, or null
 * @param extra every other policy key, as written
 */
public record Policy(
        Long maxTokens,
        boolean preferDeterministic,
        Integer timeoutMinutes,
        boolean enableCaching,
        boolean parallelExecution,
        Map<String, Object> extra) {

    public static Policy defaults() {
        return new Policy(null, true, null, false, true, Map.of());
    }
}
