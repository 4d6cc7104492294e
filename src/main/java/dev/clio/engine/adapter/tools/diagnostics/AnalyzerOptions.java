package dev.clio.engine.adapter.tools.diagnostics;

import java.util.List;

/** Per-step options of the analyzers: rule selection (ruff), strict mode (mypy), extra arguments. */
public record AnalyzerOptions(List<String> select, boolean strict, List<String> extraArgs) {

    public static final AnalyzerOptions DEFAULTS = new AnalyzerOptions(List.of(), false, List.of());

    public AnalyzerOptions {
        select = List.copyOf(select);
        extraArgs = List.copyOf(extraArgs);
    }
}
