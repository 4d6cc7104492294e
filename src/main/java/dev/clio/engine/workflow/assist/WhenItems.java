package dev.clio.engine.workflow.assist;

import dev.clio.engine.workflow.assist.Completion.Kind;
import java.util.ArrayList;
import java.util.List;

/** Completion inside a {@code when} condition: step ids in {@code success(…)}, inputs, else the functions. */
final class WhenItems {

    private WhenItems() {
    }

    static List<Completion> at(CursorContext c) {
        String before = c.text().substring(Math.min(c.valueStart(), c.partialStart()), c.partialStart());
        String trimmed = before.replaceAll("['\"]$", "");
        if (trimmed.endsWith("success(")) {
            return StepIds.items(c, true);
        }
        List<Completion> out = new ArrayList<>();
        if (!c.partial().startsWith("inputs.")) {
            for (WhenFunctions.Function f : WhenFunctions.ALL) {
                out.add(new Completion(f.name(), Kind.FUNCTION, f.signature(), f.documentation(),
                        new TextEdit(c.partialStart(), c.offset(), f.insert())));
            }
        }
        out.addAll(Templates.inputs(c, "condition"));
        return out;
    }
}
