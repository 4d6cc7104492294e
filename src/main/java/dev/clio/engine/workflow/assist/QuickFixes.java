package dev.clio.engine.workflow.assist;

import dev.clio.engine.workflow.Diagnostic;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixes for validator diagnostics, offered only where the fix is unambiguous: a numeric step id that only needs
 * quotes, a name with exactly one close match ("did you mean …?" from the validator), {@code =} for {@code ==} in a
 * condition, a step that depends on itself. A fix is checked against the text (the range must still hold what the
 * diagnostic saw), so a stale diagnostic yields none.
 */
public final class QuickFixes {

    private static final Pattern DID_YOU_MEAN = Pattern.compile("did you mean '([^']+)'\\?");
    private static final Pattern STEP_ID = Pattern.compile("/steps/\\d+/id");
    private static final Pattern ID_FORM = Pattern.compile("[0-9]+\\.[0-9]+");
    private static final Set<String> RENAMES = Set.of("unknown-actor", "unknown-dependency", "schema",
            "unknown-parameter", "unknown-task-actor");

    private QuickFixes() {
    }

    public static List<QuickFix> of(Diagnostic d, String text) {
        Optional<int[]> range = Offsets.range(text, d);
        if (range.isEmpty()) {
            return List.of();
        }
        int start = range.get()[0];
        int end = range.get()[1];
        String written = text.substring(start, end);
        if (d.rule().equals("schema") && STEP_ID.matcher(d.pointer()).matches() && ID_FORM.matcher(written).matches()) {
            return List.of(new QuickFix("Quote the step id: \"" + written + "\"",
                    new TextEdit(start, end, "\"" + written + "\"")));
        }
        Matcher mean = DID_YOU_MEAN.matcher(d.message());
        if (RENAMES.contains(d.rule()) && mean.find()) {
            return rename(start, end, written, mean.group(1));
        }
        if (d.rule().equals("when-syntax") && d.message().contains("use '=='") && written.startsWith("=")) {
            return List.of(new QuickFix("Compare with '=='", new TextEdit(start, start + 1, "==")));
        }
        if (d.rule().equals("self-dependency")) {
            return SelfDependency.removal(text, start, end).map(List::of).orElse(List.of());
        }
        return List.of();
    }

    private static List<QuickFix> rename(int start, int end, String written, String replacement) {
        int s = start;
        int e = end;
        if (written.length() >= 2 && (written.charAt(0) == '"' || written.charAt(0) == '\'')
                && written.charAt(written.length() - 1) == written.charAt(0)) {
            s++;
            e--;
        }
        return List.of(new QuickFix("Change to '" + replacement + "'", new TextEdit(s, e, replacement)));
    }
}
