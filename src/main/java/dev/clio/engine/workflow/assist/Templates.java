package dev.clio.engine.workflow.assist;

import dev.clio.engine.workflow.assist.Completion.Kind;
import java.util.ArrayList;
import java.util.List;

/** Completion inside a {@code {{ … }}} or {@code ${…}} placeholder: the declared inputs. */
final class Templates {

    private Templates() {
    }

    /** The input items when the cursor is inside an unclosed placeholder on its line, else null. */
    static List<Completion> inside(CursorContext c) {
        int lineStart = c.text().lastIndexOf('\n', c.offset() - 1) + 1;
        String before = c.text().substring(lineStart, c.offset());
        int mustache = before.lastIndexOf("{{");
        int dollar = before.lastIndexOf("${");
        boolean open = mustache >= 0 && before.indexOf("}}", mustache) < 0
                || dollar >= 0 && before.indexOf('}', dollar) < 0;
        return open ? inputs(c, "placeholder") : null;
    }

    static List<Completion> inputs(CursorContext c, String where) {
        List<Completion> out = new ArrayList<>();
        for (String name : c.document().inputNames()) {
            String label = "inputs." + name;
            out.add(new Completion(label, Kind.INPUT, "declared input", "The value of input '" + name
                    + "' in this " + where + "; given at run time or its default under 'inputs'.",
                    new TextEdit(c.partialStart(), c.offset(), label)));
        }
        return out;
    }
}
