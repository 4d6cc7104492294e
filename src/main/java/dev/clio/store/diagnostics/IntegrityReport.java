package dev.clio.store.diagnostics;

import java.util.List;

/** The result of SQLite's {@code PRAGMA integrity_check}: ok, or the problems it listed. */
public record IntegrityReport(boolean ok, List<String> problems) {

    public IntegrityReport {
        problems = List.copyOf(problems);
    }
}
