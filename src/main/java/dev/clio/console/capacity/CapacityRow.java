package dev.clio.console.capacity;

import dev.clio.kpi.ValueFormat;
import dev.clio.kpi.capacity.CapacityRule;
import dev.clio.kpi.capacity.CapacityState;
import dev.clio.kpi.capacity.CapacityStatus;
import java.util.Locale;

/**
 * One line of the runbook's capacity table as the view shows it; every text is final, so the table only draws.
 *
 * @param current the value with its unit, or {@code no data}
 * @param trigger the runbook's wording from capacity.yaml, e.g. {@code >70% for 1 hour}
 * @param held how long the trigger has held ({@code 72% for 12 min of 1 h}), {@code not holding}, or why there is
 *     no data
 * @param detail the evaluator's one-line reason, for the row's tooltip
 */
public record CapacityRow(String id, String resource, String capacity, String current, String trigger, String held,
        CapacityState state, String action, String detail) {

    private static final String NO_DATA_PREFIX = "no data: ";

    public static CapacityRow of(CapacityStatus s) {
        CapacityRule rule = s.rule();
        return new CapacityRow(rule.id(), rule.resource(), rule.capacity(), s.display(), rule.trigger().text(),
                held(s), s.state(), rule.action(), s.reason());
    }

    /** {@code ok}, {@code holding}, {@code triggered}, {@code no data}. */
    public String stateText() {
        return state.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String held(CapacityStatus s) {
        return switch (s.state()) {
            case OK -> "not holding";
            case NO_DATA -> s.reason().startsWith(NO_DATA_PREFIX) ? s.reason().substring(NO_DATA_PREFIX.length())
                    : s.reason();
            case HOLDING, TRIGGERED -> s.rule().holdFor().isZero() ? s.display() + " now (no duration needed)"
                    : s.display() + " for " + ValueFormat.duration(s.held()) + " of "
                            + ValueFormat.duration(s.rule().holdFor());
        };
    }
}
