package dev.clio.engine.run.listen;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the fields of one structured log line in a stable order. */
final class LogLine {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    static LogLine of(RunState run) {
        LogLine line = new LogLine();
        line.put("workflow_name", run.workflowName());
        line.put("execution_id", run.executionId());
        line.put("user_id", run.userId());
        return line;
    }

    LogLine step(String stepId, String stepName, String actor) {
        put("step_id", stepId);
        put("step_name", GrepSafe.word(stepName));
        put("step_title", stepName);
        return put("actor", actor);
    }

    LogLine put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    LogLine seconds(String key, Duration duration) {
        return put(key, seconds(duration));
    }

    LogLine list(String key, List<String> values) {
        return put(key, List.copyOf(values));
    }

    LogLine message(String message) {
        return put("message", message);
    }

    Map<String, Object> fields() {
        return fields;
    }

    /** Seconds rounded to milliseconds, so jq and {@code sort -n} never see exponent notation. */
    static double seconds(Duration duration) {
        if (duration == null) {
            return 0.0;
        }
        return Math.max(0, duration.toMillis()) / 1000.0;
    }

    /** For messages: {@code 2s}, {@code 0.42s}. */
    static String secondsText(Duration duration) {
        return java.math.BigDecimal.valueOf(seconds(duration)).stripTrailingZeros().toPlainString() + "s";
    }
}
