package dev.clio.engine.workflow.assist;

import java.util.List;

/**
 * Where the cursor is in a workflow text: the key path around it, whether a key or a value is being typed, and the
 * word before it.
 *
 * @param path at a key: the path of the mapping that holds it; at a value: the path of its key (key included); in a
 *     plain list item ({@code - "1.001"}): the path of the item
 * @param key the key whose value the cursor is in, or null at a key position
 * @param keyColumn the column (0-based) where a key typed here starts, for indenting inserted blocks
 * @param valueStart the offset where the value starts (at a key position: where the key starts)
 * @param partialStart the offset where the word before the cursor starts
 */
record CursorContext(String text, int offset, int line, List<String> path, String key, int keyColumn, int valueStart,
        int partialStart, YamlOutline document) {

    static CursorContext of(String text, int offset) {
        int at = Math.max(0, Math.min(offset, text.length()));
        String[] lines = text.split("\n", -1);
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        YamlOutline outline = YamlOutline.of(lines, line);
        String before = text.substring(lineStart, at);
        YamlLine parsed = YamlLine.parse(before);
        parsed.dashes().forEach(d -> outline.pushItem(d, 0));
        outline.popTo(parsed.keyColumn());
        int partial = at;
        while (partial > lineStart && wordChar(text.charAt(partial - 1))) {
            partial--;
        }
        YamlOutline whole = YamlOutline.of(text);
        if (parsed.key() != null) {
            List<String> path = new java.util.ArrayList<>(outline.path());
            path.add(parsed.key());
            return new CursorContext(text, at, line, List.copyOf(path), parsed.key(), parsed.keyColumn(),
                    lineStart + parsed.valueColumn(), partial, whole);
        }
        return new CursorContext(text, at, line, outline.path(), null, parsed.keyColumn(),
                lineStart + parsed.keyColumn(), partial, whole);
    }

    static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    boolean atKey() {
        return key == null;
    }

    /** The word typed before the cursor. */
    String partial() {
        return text.substring(partialStart, offset);
    }

    /** The value text from its start to the cursor. */
    String valueBefore() {
        return text.substring(Math.min(valueStart, offset), offset);
    }

    /** The key whose list the cursor's plain item belongs to ({@code depends_on} for {@code - "1.0}), or null. */
    String listKey() {
        if (key != null || path.size() < 2 || !path.get(path.size() - 1).startsWith("[")) {
            return null;
        }
        String parent = path.get(path.size() - 2);
        return parent.startsWith("[") ? null : parent;
    }

    /** The value-holding key: the key itself, or the list's key for a plain item. */
    String valueKey() {
        return key != null ? key : listKey();
    }

    /** The path of the step the cursor is in ({@code [steps, [2]]}), or null outside the steps. */
    List<String> stepPath() {
        if (path.size() >= 2 && path.get(0).equals("steps") && path.get(1).startsWith("[")) {
            return path.subList(0, 2);
        }
        return null;
    }
}
