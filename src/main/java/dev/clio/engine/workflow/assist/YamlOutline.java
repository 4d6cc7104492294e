package dev.clio.engine.workflow.assist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The key paths of a block-style YAML text, line by line, without parsing it as YAML: it keeps working on the
 * half-typed text the editor holds between two valid versions. Paths are lists of keys and item markers such as
 * {@code [steps, [0], with]}. Flow collections ({@code {a: 1}}, {@code [x]}) are values here, not paths.
 */
final class YamlOutline {

    /** A key written on a line. @param parent the path of the mapping that holds it */
    record Entry(int line, List<String> parent, String key, int keyColumn, String value) {
    }

    /** An open mapping key or list item while scanning. @param key null for an item */
    record Frame(int column, String key, int index) {
        String segment() {
            return key == null ? "[" + index + "]" : key;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<List<String>, Integer> itemLines = new LinkedHashMap<>();
    private final List<Frame> stack = new ArrayList<>();
    private int blockScalarColumn = -1;

    private YamlOutline() {
    }

    static YamlOutline of(String text) {
        return of(text.split("\n", -1), Integer.MAX_VALUE);
    }

    /** The outline of lines {@code [0, upTo)}; its {@link #stack()} is then the context of line {@code upTo}. */
    static YamlOutline of(String[] lines, int upTo) {
        YamlOutline outline = new YamlOutline();
        for (int i = 0; i < Math.min(upTo, lines.length); i++) {
            outline.accept(i, lines[i]);
        }
        return outline;
    }

    private void accept(int lineNo, String raw) {
        String text = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
        YamlLine line = YamlLine.parse(text);
        if (line.empty()) {
            return;
        }
        if (blockScalarColumn >= 0 && line.indent() > blockScalarColumn) {
            return;
        }
        blockScalarColumn = -1;
        for (int dash : line.dashes()) {
            pushItem(dash, lineNo);
        }
        if (line.key() != null) {
            popTo(line.keyColumn());
            entries.add(new Entry(lineNo, path(), line.key(), line.keyColumn(), line.value()));
            stack.add(new Frame(line.keyColumn(), line.key(), 0));
            if (line.opensBlockScalar()) {
                blockScalarColumn = line.keyColumn();
            }
        }
    }

    void pushItem(int column, int lineNo) {
        int index = 0;
        while (!stack.isEmpty()) {
            Frame top = stack.get(stack.size() - 1);
            if (top.column() > column) {
                stack.remove(stack.size() - 1);
            } else if (top.column() == column && top.key() == null) {
                index = top.index() + 1;
                stack.remove(stack.size() - 1);
            } else {
                break;
            }
        }
        stack.add(new Frame(column, null, index));
        itemLines.putIfAbsent(path(), lineNo);
    }

    /** Closes every frame at or right of {@code column}: a key there is a sibling of those. */
    void popTo(int column) {
        while (!stack.isEmpty() && stack.get(stack.size() - 1).column() >= column) {
            stack.remove(stack.size() - 1);
        }
    }

    List<String> path() {
        return stack.stream().map(Frame::segment).toList();
    }

    List<Frame> stack() {
        return stack;
    }

    List<Entry> entries() {
        return entries;
    }

    /** The step ids written as {@code id:} of the items of {@code steps}, in file order. */
    Set<String> stepIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Entry e : entries) {
            if (e.key().equals("id") && e.parent().size() == 2 && e.parent().get(0).equals("steps")
                    && !YamlLine.unquote(e.value()).isEmpty()) {
                ids.add(YamlLine.unquote(e.value()));
            }
        }
        return ids;
    }

    /** The keys directly under the top-level {@code inputs}. */
    Set<String> inputNames() {
        Set<String> names = new LinkedHashSet<>();
        entries.stream().filter(e -> e.parent().equals(List.of("inputs"))).forEach(e -> names.add(e.key()));
        return names;
    }

    /** The 0-based line of each list item, by its path ({@code [steps, [2]]}). */
    Map<List<String>, Integer> itemLines() {
        return itemLines;
    }
}
