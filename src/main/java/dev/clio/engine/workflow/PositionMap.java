package dev.clio.engine.workflow;

import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Where each node of a loaded document sits in its source: JSON pointer to the range of its value and, for mapping
 * entries, of its key. Lookups fall back to the nearest ancestor, so every pointer has a position.
 */
public final class PositionMap {

    private final Map<String, SourceRange> values = new HashMap<>();
    private final Map<String, SourceRange> keys = new HashMap<>();
    private final Map<String, ScalarNode> scalars = new HashMap<>();

    void putValue(String pointer, SourceRange range) {
        values.putIfAbsent(pointer, range);
    }

    void putKey(String pointer, SourceRange range) {
        keys.putIfAbsent(pointer, range);
    }

    void putScalar(String pointer, ScalarNode node) {
        scalars.putIfAbsent(pointer, node);
    }

    /** The range of the value at {@code pointer}, or of its nearest located ancestor. */
    public SourceRange value(String pointer) {
        String p = pointer;
        while (true) {
            SourceRange r = values.get(p);
            if (r != null) {
                return r;
            }
            if (p.isEmpty()) {
                return SourceRange.START;
            }
            p = JsonPointers.parent(p);
        }
    }

    /** The range of the key that names {@code pointer} when it is a mapping entry, else of its value. */
    public SourceRange key(String pointer) {
        SourceRange r = keys.get(pointer);
        return r != null ? r : value(pointer);
    }

    /** The YAML scalar at {@code pointer} (style and marks), or null. */
    ScalarNode scalar(String pointer) {
        return scalars.get(pointer);
    }
}
