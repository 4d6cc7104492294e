package dev.clio.console.workflows;

import java.util.ArrayList;
import java.util.List;

/**
 * The editor's line helpers as plain functions over lines, so each is one replacement (one undo step) in the editor
 * and testable without a screen. YAML forbids tabs for indentation, so indentation is always spaces.
 */
final class LineEdits {

    static final String INDENT = "  ";

    private LineEdits() {
    }

    static List<String> indent(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(line.isBlank() ? line : INDENT + line);
        }
        return out;
    }

    static List<String> outdent(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            int cut = 0;
            while (cut < INDENT.length() && cut < line.length() && line.charAt(cut) == ' ') {
                cut++;
            }
            out.add(line.substring(cut));
        }
        return out;
    }

    /**
     * Comments the lines out ({@code # } at their smallest indentation) unless every non-blank line is already a
     * comment, in which case it removes one {@code #} (and the space after it) from each.
     */
    static List<String> toggleComment(List<String> lines) {
        boolean allComments = lines.stream().filter(l -> !l.isBlank()).allMatch(l -> l.stripLeading().startsWith("#"))
                && lines.stream().anyMatch(l -> !l.isBlank());
        List<String> out = new ArrayList<>(lines.size());
        if (allComments) {
            for (String line : lines) {
                int hash = line.indexOf('#');
                if (hash < 0) {
                    out.add(line);
                    continue;
                }
                int after = hash + 1 < line.length() && line.charAt(hash + 1) == ' ' ? hash + 2 : hash + 1;
                out.add(line.substring(0, hash) + line.substring(after));
            }
            return out;
        }
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(LineEdits::indentOf).min().orElse(0);
        for (String line : lines) {
            out.add(line.isBlank() ? line : line.substring(0, indent) + "# " + line.substring(indent));
        }
        return out;
    }

    /** What Enter inserts after {@code before} (the line's text left of the caret): the newline and indentation. */
    static String newline(String before) {
        String indent = " ".repeat(indentOf(before));
        String trimmed = before.stripTrailing();
        if (trimmed.endsWith(":") || trimmed.endsWith("|") || trimmed.endsWith(">")) {
            return "\n" + indent + INDENT;
        }
        if (trimmed.stripLeading().startsWith("- ") && trimmed.stripLeading().length() > 2) {
            // inside a list item's mapping: line up under the item's first key
            return "\n" + indent + INDENT;
        }
        return "\n" + indent;
    }

    static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
