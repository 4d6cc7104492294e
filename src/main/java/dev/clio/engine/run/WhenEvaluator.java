package dev.clio.engine.run;

import dev.clio.engine.expr.ConditionContext;

/** Evaluates a step's {@code when} text against what the execution knows when the step would start. */
@FunctionalInterface
public interface WhenEvaluator {

    /** Throws {@link IllegalArgumentException} with a one-line message for text that is not a valid expression. */
    boolean evaluate(String expression, ConditionContext context);
}
