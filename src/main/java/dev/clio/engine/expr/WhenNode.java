package dev.clio.engine.expr;

import java.util.List;

/** The syntax tree of a {@code when} expression. Each node evaluates itself against a {@link ConditionContext}. */
sealed interface WhenNode {

    boolean evaluate(ConditionContext ctx);

    record Or(WhenNode left, WhenNode right) implements WhenNode {
        @Override
        public boolean evaluate(ConditionContext ctx) {
            return left.evaluate(ctx) || right.evaluate(ctx);
        }
    }

    record And(WhenNode left, WhenNode right) implements WhenNode {
        @Override
        public boolean evaluate(ConditionContext ctx) {
            return left.evaluate(ctx) && right.evaluate(ctx);
        }
    }

    record Not(WhenNode operand) implements WhenNode {
        @Override
        public boolean evaluate(ConditionContext ctx) {
            return !operand.evaluate(ctx);
        }
    }

    record Literal(boolean value) implements WhenNode {
        @Override
        public boolean evaluate(ConditionContext ctx) {
            return value;
        }
    }

    record HasErrors(String path, List<String> kinds) implements WhenNode {
        @Override
        public boolean evaluate(ConditionContext ctx) {
            return ctx.hasErrors(path, kinds);
        }
    }

    record Exists(String path) implements WhenNode {
        @Override
        public boolean evaluate(ConditionContext ctx) {
            return ctx.exists(path);
        }
    }

    record Success(String stepId) implements WhenNode {
        @Override
        public boolean evaluate(ConditionContext ctx) {
            return ctx.stepOutcome(stepId).filter(o -> o == ConditionContext.StepOutcome.SUCCEEDED).isPresent();
        }
    }

    record AllPreviousSucceeded() implements WhenNode {
        @Override
        public boolean evaluate(ConditionContext ctx) {
            return ctx.allPreviousStepsSucceeded();
        }
    }

    /** {@code inputs.x} alone: true when the input is true (boolean, or the string "true" from the command line). */
    record InputTruthy(String input) implements WhenNode {
        @Override
        public boolean evaluate(ConditionContext ctx) {
            return InputComparison.equalsValue(ctx.input(input).orElse(null), Boolean.TRUE);
        }
    }

    record Compare(String input, String operator, Object literal) implements WhenNode {
        @Override
        public boolean evaluate(ConditionContext ctx) {
            return InputComparison.compare(ctx.input(input).orElse(null), operator, literal);
        }
    }
}
