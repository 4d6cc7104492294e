package dev.clio.engine.workflow;

import dev.clio.engine.workflow.Diagnostic.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the diagnostics of one document; places each one from a pointer and words its path. */
public final class Findings {

    static final Comparator<Diagnostic> BY_POSITION = Comparator.comparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(d -> d.severity().ordinal())
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::message);

    /** More findings than this in one document help nobody and cost memory; the rest are counted. */
    static final int MAX_DIAGNOSTICS = 1000;

    private final String file;
    private final List<Diagnostic> list = new ArrayList<>();
    private int dropped;
    private PositionMap positions;
    private HumanPaths paths;

    public Findings(String file) {
        this.file = file;
    }

    public void attach(YamlDocument document) {
        this.positions = document.positions();
        this.paths = new HumanPaths(document.root());
    }

    public String file() {
        return file;
    }

    public void at(SourceRange r, Severity severity, String rule, String pointer, String message) {
        if (list.size() >= MAX_DIAGNOSTICS) {
            dropped++;
            return;
        }
        String path = paths == null ? "" : paths.describe(pointer);
        list.add(new Diagnostic(file, r.line(), r.column(), r.endLine(), r.endColumn(), severity, rule, pointer, path,
                message));
    }

    /** A finding on the value at {@code pointer}. */
    public void onValue(String pointer, Severity severity, String rule, String message) {
        at(positions == null ? SourceRange.START : positions.value(pointer), severity, rule, pointer, message);
    }

    /** A finding on the key naming {@code pointer} (the value's position when it has no key). */
    public void onKey(String pointer, Severity severity, String rule, String message) {
        at(positions == null ? SourceRange.START : positions.key(pointer), severity, rule, pointer, message);
    }

    public void error(String pointer, String rule, String message) {
        onValue(pointer, Severity.ERROR, rule, message);
    }

    public void warning(String pointer, String rule, String message) {
        onValue(pointer, Severity.WARNING, rule, message);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public List<Diagnostic> sorted() {
        List<Diagnostic> out = new ArrayList<>(list);
        out.sort(BY_POSITION);
        if (dropped > 0) {
            Diagnostic last = out.get(out.size() - 1);
            out.add(new Diagnostic(file, last.line(), last.column(), last.endLine(), last.endColumn(), Severity.INFO,
                    "too-many-diagnostics", "", "document", dropped + " more diagnostics not shown; fix the ones "
                            + "above first"));
        }
        return out;
    }
}
