package dev.clio.runbook;

import dev.clio.engine.workflow.Suggestions;
import dev.clio.ops.Operation;
import dev.clio.ops.Resources;
import dev.clio.runbook.ValuePath.Segment;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of the tabular calls ({@code db.*}), so verdicts read a table's rows by column name
 * ({@code max(rows[].mean_ms)}) and a misspelt column is an error when the file loads. The embedded engine's tables
 * are tested to have exactly these columns ({@code BuiltinInvestigationsTest}).
 */
final class TableColumns {

    private static final Map<String, List<String>> COLUMNS = Map.of(
            Operation.DB_ACTIVITY.id(), List.of("state", "connections"),
            Operation.DB_SLOW_QUERIES.id(), List.of("query", "mean_ms", "calls", "total_ms"),
            Operation.DB_LOCKS.id(), List.of("blocked_pid", "blocking_pid", "blocked_statement", "blocking_statement",
                    "blocking_state", "waiting_seconds"));

    /** The type of one row read by column name. */
    record Row() {
    }

    private TableColumns() {
    }

    static List<String> of(String callId) {
        return COLUMNS.getOrDefault(callId, List.of());
    }

    static boolean isRows(Class<?> resultType, List<Segment> path) {
        return resultType == Resources.Table.class && path.size() == 1 && "rows".equals(path.get(0).name());
    }

    /** A row field is one column name. */
    static Optional<String> check(String callId, List<Segment> field) {
        List<String> columns = of(callId);
        if (field.size() != 1 || field.get(0).name() == null) {
            return Optional.of("a row of " + callId + " is read by one column name: " + String.join(", ", columns));
        }
        String name = field.get(0).name();
        if (columns.contains(name)) {
            return Optional.empty();
        }
        String hint = Suggestions.closest(name, columns).map(c -> "did you mean '" + c + "'? ").orElse("");
        return Optional.of("the rows of " + callId + " have no column '" + name + "'; " + hint + "columns: "
                + String.join(", ", columns));
    }
}
