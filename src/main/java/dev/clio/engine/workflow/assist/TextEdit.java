package dev.clio.engine.workflow.assist;

/**
 * Replace the characters {@code [start, end)} of a text with {@code replacement}. Offsets are UTF-16 indexes, as in a
 * Java string and in the editor.
 */
public record TextEdit(int start, int end, String replacement) {

    public TextEdit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit range " + start + ".." + end);
        }
    }

    public String applyTo(String text) {
        return text.substring(0, start) + replacement + text.substring(end);
    }
}
