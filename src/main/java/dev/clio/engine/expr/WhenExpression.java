package dev.clio.engine.expr;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A parsed {@code when} condition. Immutable and thread-safe: parse once, evaluate many times.
 *
 * <p>Forms: {@code has_errors('path'[, kinds=['lint','format']])}, {@code <path> exists} (path quoted or bare),
 * {@code exists('path')}, {@code success(1.001)}, {@code all_previous_steps_success}, {@code inputs.x} (truthy),
 * {@code inputs.x == / != / < / <= / > / >= literal} (true, false, null, numbers, quoted strings), {@code true},
 * {@code false}, {@code !}, {@code &&}, {@code ||} and parentheses. {@code &&} binds tighter than {@code ||}.
 */
public final class WhenExpression {

    private final String text;
    private final WhenNode root;
    private final Set<String> steps;
    private final Set<String> inputs;

    private WhenExpression(String text, WhenNode root, Set<String> steps, Set<String> inputs) {
        this.text = text;
        this.root = root;
        this.steps = Collections.unmodifiableSet(new LinkedHashSet<>(steps));
        this.inputs = Collections.unmodifiableSet(new LinkedHashSet<>(inputs));
    }

    /**
     * Parses a condition.
     *
     * @throws WhenSyntaxException with the 0-based offset of the problem inside {@code text}
     */
    public static WhenExpression parse(String text) {
        Objects.requireNonNull(text, "text");
        WhenParser parser = new WhenParser(text);
        WhenNode root = parser.parse();
        return new WhenExpression(text, root, parser.steps(), parser.inputs());
    }

    /** Evaluates the condition; only the parts needed are asked of {@code ctx} ({@code &&}/{@code ||} short-cut). */
    public boolean evaluate(ConditionContext ctx) {
        return root.evaluate(ctx);
    }

    /** Step ids named by {@code success(...)}, in order of appearance. */
    public Set<String> referencedSteps() {
        return steps;
    }

    /** Input names used as {@code inputs.<name>}, in order of appearance. */
    public Set<String> referencedInputs() {
        return inputs;
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
