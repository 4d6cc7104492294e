package dev.clio.kpi;

/**
 * One rung of a KPI's ladder: a number, how a value is compared with it, and the runbook's own wording.
 *
 * @param op one of {@code >}, {@code >=}, {@code <}, {@code <=}: the value is past the threshold when
 *     {@code value op threshold} holds
 * @param text the runbook's wording, e.g. {@code >500ms} or {@code Budget exceeded}
 */
public record Threshold(double value, String op, String text) {

    public Threshold {
        if (!isOp(op)) {
            throw new IllegalArgumentException("op must be one of >, >=, <, <= but is '" + op + "'");
        }
    }

    static boolean isOp(String op) {
        return ">".equals(op) || ">=".equals(op) || "<".equals(op) || "<=".equals(op);
    }

    /** Whether the value is past this threshold. */
    public boolean breached(double v) {
        return compare(v, op, value);
    }

    /**
     * Whether a value that was past this threshold has come back far enough: by {@code margin} on the good side of
     * it. With margin 0 this is just "not breached".
     */
    public boolean recovered(double v, double margin) {
        return rising() ? v <= value - margin && !breached(v) : v >= value + margin && !breached(v);
    }

    /** The value at which a breached KPI counts as recovered. */
    public double recoveryPoint(double margin) {
        return rising() ? value - margin : value + margin;
    }

    /** True for {@code >} and {@code >=}: the value is bad when it rises. */
    public boolean rising() {
        return op.startsWith(">");
    }

    static boolean compare(double v, String op, double limit) {
        return switch (op) {
            case ">" -> v > limit;
            case ">=" -> v >= limit;
            case "<" -> v < limit;
            default -> v <= limit;
        };
    }
}
