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
import java.util.List;

/**
 * A single-tool checker ({@code ruff_checker}, {@code mypy_checker}): like vscode_diagnostics for one tool, but the
 * step fails when the tool finds problems (any ruff finding; mypy errors, not notes).
 */
public final class CheckerAdapter implements Adapter {

    private final AdapterSpec spec;
    private final Analyzer analyzer;
    private final ToolBox tools;

    private CheckerAdapter(String name, Analyzer analyzer, ToolBox tools) {
        this.spec = BuiltinAdapterSpecs.get(name);
        this.analyzer = analyzer;
        this.tools = tools;
    }

    public static CheckerAdapter ruff(ToolBox tools) {
        return new CheckerAdapter("ruff_checker", Analyzer.RUFF, tools);
    }

    public static CheckerAdapter mypy(ToolBox tools) {
        return new CheckerAdapter("mypy_checker", Analyzer.MYPY, tools);
    }

    @Override
    public AdapterSpec spec() {
        return spec;
    }

    @Override
    public Availability availability() {
        return tools.probe(analyzer.tool()).availability();
    }


    /** Blocks while the tool runs (at most the step timeout, else 120 s). */
    @Override
    public AdapterResult execute(StepRequest request, StepContext context) throws InterruptedException {
        try {
            Params with = new Params(request.with());
            AnalyzerOptions options = new AnalyzerOptions(with.strings("select", true).orElse(List.of()),
                    with.flag("strict", false), with.strings("args", true).orElse(List.of()));
            List<String> patterns = ToolRun.filePatterns(request, with.strings("files", true).orElse(null),
                    List.of("**/*"));
            List<AnalyzerResult> results = new DiagnosticsRunner(tools).run(List.of(analyzer), patterns, options,
                    request, context);
            DiagnosticsReport report = new DiagnosticsReport(spec.name(), Artifacts.timestamp(context), results, 0);
            List<Issue> blocking = report.issues().stream()
                    .filter(i -> analyzer == Analyzer.RUFF || Issue.rank(i.severity()) >= Issue.rank(Issue.ERROR))
                    .toList();
            String problem = blocking.isEmpty() ? null
                    : DiagnosticsStep.found(analyzer.tool(), blocking, analyzer == Analyzer.RUFF ? "issue" : "error");
            return DiagnosticsStep.finish(report, "artifacts/" + analyzer.tool() + ".json", problem, request, context);
        } catch (IOException | IllegalArgumentException e) {
            return AdapterResult.failed(e.getMessage());
        }
    }
}
