package dev.clio.engine.workflow;

/**
 * One finding of the workflow validator. Lines and columns are 1-based; the end position is exclusive.
 *
 * @param file the file as the user named it (or a label such as {@code <editor>})
 * @param rule a stable rule id, e.g. {@code yaml-syntax}, {@code schema}, {@code unknown-actor}
 * @param pointer the JSON pointer of the offending node ({@code /steps/1/with/files}), empty for the document
 * @param path the same place in words ({@code step 1.002 › with.files})
 * @param message what is wrong and how to fix it
 */
public record Diagnostic(
        String file,
        int line,
        int column,
        int endLine,
        int endColumn,
        Severity severity,
        String rule,
        String pointer,
        String path,
        String message) {

    public enum Severity {
        ERROR, WARNING, INFO;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The actionlint convention: {@code file:line:col: severity: message [rule]}. */
    public String toLine() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message + " [" + rule + "]";
    }
}
