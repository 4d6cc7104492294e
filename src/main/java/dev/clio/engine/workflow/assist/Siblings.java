package dev.clio.engine.workflow.assist;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Keys already written in the cursor's mapping, and values of keys next to it (the actor of the cursor's step). */
final class Siblings {

    private Siblings() {
    }

    /** The keys of the mapping the cursor types a key into, except one on the cursor's own line. */
    static Set<String> keys(CursorContext c) {
        Set<String> keys = new LinkedHashSet<>();
        for (YamlOutline.Entry e : c.document().entries()) {
            if (e.parent().equals(c.path()) && e.line() != c.line()) {
                keys.add(e.key());
            }
        }
        return keys;
    }

    /** The unquoted inline value of {@code key} in the mapping at {@code parent}, or null. */
    static String value(YamlOutline outline, List<String> parent, String key) {
        for (YamlOutline.Entry e : outline.entries()) {
            if (e.parent().equals(parent) && e.key().equals(key)) {
                return YamlLine.unquote(e.value());
            }
        }
        return null;
    }
}
