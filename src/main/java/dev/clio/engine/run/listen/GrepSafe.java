package dev.clio.engine.run.listen;

import java.util.regex.Pattern;

/**
 * Keeps free text (errors, reasons, messages) from matching the runbook's {@code grep} patterns. The runbook finds
 * lines with {@code grep "tokens_used"}, {@code grep "workflow_execution"}, {@code grep "step_duration"},
 * {@code grep "workflow_completed"} and {@code grep -E "(ERROR|WARN|…)"}; an error message that quotes one of those
 * words would otherwise pull its line into a pipeline that then prints {@code null} or counts it twice.
 */
final class GrepSafe {

    private static final Pattern MARKERS =
            Pattern.compile("(workflow)_(execution|completed)|(step)_(duration)|(tokens)_(used)");
    private static final Pattern LEVELS = Pattern.compile("ERROR|WARN");

    private GrepSafe() {
    }

    /** Free text on any line: the runbook's event and field names lose their underscore. */
    static String text(String text) {
        if (text == null) {
            return null;
        }
        return MARKERS.matcher(text).replaceAll(m -> m.group().replace('_', ' '));
    }

    /** Free text on an INFO line: additionally, upper-case level words are lower-cased. */
    static String infoText(String text) {
        String safe = text(text);
        return safe == null ? null : LEVELS.matcher(safe).replaceAll(m -> m.group().toLowerCase(java.util.Locale.ROOT));
    }

    /** A label printed before {@code ": "} and sorted with {@code sort -k2}: one whitespace-free word. */
    static String word(String label) {
        if (label == null || label.isBlank()) {
            return "unnamed";
        }
        return label.strip().replaceAll("\\s+", "_");
    }
}
