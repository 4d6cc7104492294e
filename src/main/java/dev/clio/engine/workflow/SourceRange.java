package dev.clio.engine.workflow;

import org.yaml.snakeyaml.error.Mark;

/** A 1-based range in the source text; the end is exclusive. */
public record SourceRange(int line, int column, int endLine, int endColumn) {

    public static final SourceRange START = new SourceRange(1, 1, 1, 1);

    static SourceRange of(Mark start, Mark end) {
        return new SourceRange(start.getLine() + 1, start.getColumn() + 1, end.getLine() + 1, end.getColumn() + 1);
    }

    public static SourceRange point(int line, int column) {
        return new SourceRange(line, column, line, column + 1);
    }
}
