package dev.clio.engine.workflow.assist;

import dev.clio.engine.workflow.assist.Completion.Kind;
import java.util.ArrayList;
import java.util.List;

/** Step ids as completions: the other steps of the document, quoted where YAML needs it. */
final class StepIds {

    private StepIds() {
    }

    /** @param bare true where an unquoted id is right ({@code success(1.001)}) */
    static List<Completion> items(CursorContext c, boolean bare) {
        List<String> own = c.stepPath();
        String ownId = own == null ? null : Siblings.value(c.document(), own, "id");
        boolean quoted = c.partialStart() > 0 && isQuote(c.text().charAt(c.partialStart() - 1));
        List<Completion> out = new ArrayList<>();
        for (YamlOutline.Entry e : c.document().entries()) {
            if (!isStepId(e)) {
                continue;
            }
            String id = YamlLine.unquote(e.value());
            if (id.isEmpty() || id.equals(ownId)) {
                continue;
            }
            String name = Siblings.value(c.document(), e.parent(), "name");
            String insert = bare || quoted ? id : "\"" + id + "\"";
            out.add(new Completion(id, Kind.STEP_ID, name == null ? "" : name, "line " + (e.line() + 1),
                    new TextEdit(c.partialStart(), c.offset(), insert)));
        }
        return out;
    }

    private static boolean isStepId(YamlOutline.Entry e) {
        return e.key().equals("id") && e.parent().size() == 2 && e.parent().get(0).equals("steps");
    }

    private static boolean isQuote(char ch) {
        return ch == '"' || ch == '\'';
    }
}
