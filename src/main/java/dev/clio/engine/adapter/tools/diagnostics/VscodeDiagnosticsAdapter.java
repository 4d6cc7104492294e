package dev.clio.engine.adapter.tools.diagnostics;

import dev.clio.engine.adapter.Adapter;
import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.adapter.AdapterSpec;
import dev.clio.engine.adapter.Availability;
import dev.clio.engine.adapter.BuiltinAdapterSpecs;
import dev.clio.engine.adapter.StepContext;
import dev.clio.engine.adapter.StepRequest;
import dev.clio.engine.adapter.builtin.Artifacts;
import dev.clio.engine.adapter.builtin.Params;
import dev.clio.engine.adapter.tools.ToolBox;
import dev.clio.engine.adapter.tools.ToolRun;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Collects diagnostics from ruff, mypy, pylint and eslint into one artifact. {@code python} (the default analyzer)
 * means the Python analyzers installed here (ruff and/or mypy). Found issues do not fail the step; an analyzer that
 * is missing or crashes does.
 */
public final class VscodeDiagnosticsAdapter implements Adapter {

    private static final AdapterSpec SPEC = BuiltinAdapterSpecs.get("vscode_diagnostics");
    private static final List<Analyzer> ALL = List.of(Analyzer.RUFF, Analyzer.MYPY, Analyzer.PYLINT, Analyzer.ESLINT);

    private final ToolBox tools;

    public VscodeDiagnosticsAdapter(ToolBox tools) {
        this.tools = tools;
    }

    @Override
    public AdapterSpec spec() {
        return SPEC;
    }

    /** Available when at least one analyzer is installed; the version lists the installed ones. */
    @Override
    public Availability availability() {
        return tools.anyOf(ALL.stream().map(Analyzer::tool).toList());
    }


    /** Blocks while the analyzers run, one after another. */
    @Override
    public AdapterResult execute(StepRequest request, StepContext context) throws InterruptedException {
        try {
            Params with = new Params(request.with());
            List<Analyzer> analyzers = analyzers(with.strings("analyzers", true).orElse(List.of("python")));
            List<String> patterns = ToolRun.filePatterns(request, with.strings("files", true).orElse(null),
                    List.of("**/*"));
            List<AnalyzerResult> results = new DiagnosticsRunner(tools).run(analyzers, patterns,
                    AnalyzerOptions.DEFAULTS, request, context);
            DiagnosticsReport report = new DiagnosticsReport(SPEC.name(), Artifacts.timestamp(context), results,
                    minSeverity(with));
            return DiagnosticsStep.finish(report, "artifacts/diagnostics.json", null, request, context);
        } catch (IOException | IllegalArgumentException e) {
            return AdapterResult.failed(e.getMessage());
        }
    }

    private List<Analyzer> analyzers(List<String> names) {
        Set<Analyzer> chosen = new LinkedHashSet<>();
        for (String name : names) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (n.equals("python")) {
                List<Analyzer> installed = List.of(Analyzer.RUFF, Analyzer.MYPY).stream()
                        .filter(a -> tools.probe(a.tool()).availability().available()).toList();
                if (installed.isEmpty()) {
                    throw new IllegalArgumentException("analyzer python needs ruff or mypy, and neither was found "
                            + "on PATH");
                }
                chosen.addAll(installed);
            } else {
                chosen.add(ALL.stream().filter(a -> a.tool().equals(n)).findFirst().orElseThrow(() ->
                        new IllegalArgumentException("unknown analyzer: " + name
                                + " (known: python, ruff, mypy, pylint, eslint)")));
            }
        }
        return List.copyOf(chosen);
    }

    private static int minSeverity(Params with) {
        String value = with.string("min_severity").orElse("info").toLowerCase(Locale.ROOT);
        if (!Set.of("info", "warning", "error").contains(value)) {
            throw new IllegalArgumentException("with.min_severity must be info, warning or error, got '" + value
                    + "'");
        }
        return Issue.rank(value);
    }
}
