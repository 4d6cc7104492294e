package dev.clio.engine.expr;

import java.util.List;
import java.util.Optional;

/** What a {@code when} expression can see when it is evaluated, just before its step would start. */
public interface ConditionContext {

    /** The resolved value of a declared input (string, number, boolean, list or null); empty when not declared. */
    Optional<Object> input(String name);

    /** The outcome of an earlier step; empty when the step has not finished. */
    Optional<StepOutcome> stepOutcome(String stepId);

    /** True when every step before this one (in file order) that ran has succeeded. */
    boolean allPreviousStepsSucceeded();

    /** True when the workspace-relative path exists (never looks outside the workspace). */
    boolean exists(String path);

    /**
     * True when the diagnostics artifact at {@code path} reports at least one issue, restricted to issues whose
     * {@code kind} is one of {@code kinds} when that list is not empty. A missing artifact has no errors.
     */
    boolean hasErrors(String path, List<String> kinds);

    enum StepOutcome { SUCCEEDED, FAILED, SKIPPED, CANCELLED }
}
