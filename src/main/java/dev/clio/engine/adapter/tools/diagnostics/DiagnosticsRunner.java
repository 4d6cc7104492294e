package dev.clio.engine.adapter.tools.diagnostics;

import dev.clio.engine.adapter.StepContext;
import dev.clio.engine.adapter.StepRequest;
import dev.clio.engine.adapter.process.ProcessResult;
import dev.clio.engine.adapter.tools.FileSelection;
import dev.clio.engine.adapter.tools.ToolBox;
import dev.clio.engine.adapter.tools.ToolProbe;
import dev.clio.engine.adapter.tools.ToolRun;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs analyzers one after another over the step's files and collects their issues. */
public final class DiagnosticsRunner {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final ToolBox tools;

    public DiagnosticsRunner(ToolBox tools) {
        this.tools = tools;
    }

    /** Blocks while the tools run (each at most the step timeout, else 120 s). */
    public List<AnalyzerResult> run(List<Analyzer> analyzers, List<String> patterns, AnalyzerOptions options,
            StepRequest request, StepContext context) throws IOException, InterruptedException {
        List<AnalyzerResult> results = new ArrayList<>();
        for (Analyzer analyzer : analyzers) {
            results.add(runOne(analyzer, patterns, options, request, context));
        }
        return results;
    }

    private AnalyzerResult runOne(Analyzer analyzer, List<String> patterns, AnalyzerOptions options,
            StepRequest request, StepContext context) throws IOException, InterruptedException {
        ToolProbe probe = tools.probe(analyzer.tool());
        if (probe.command().isEmpty()) {
            return AnalyzerResult.failed(analyzer.tool(), probe.availability().reason());
        }
        List<String> files = FileSelection.select(context.workspace(), patterns, analyzer.extensions());
        if (files.isEmpty()) {
            return new AnalyzerResult(analyzer.tool(), null, List.of(), "", "", null, List.of());
        }
        List<String> args = analyzer.args(context.workspace(), options);
        args.addAll(options.extraArgs());
        args.add("--");
        args.addAll(files);
        ProcessResult r = ToolRun.run(probe.command().get(), args, request, context, TIMEOUT);
        if (r.timedOut()) {
            return new AnalyzerResult(analyzer.tool(), null, List.of(), r.stdout(), r.stderr(),
                    analyzer.tool() + " timed out", files);
        }
        if (analyzer.failed(r.exitCode())) {
            String last = r.lastStderrLine().isEmpty() ? lastLine(r.stdout()) : r.lastStderrLine();
            return new AnalyzerResult(analyzer.tool(), r.exitCode(), List.of(), r.stdout(), r.stderr(),
                    analyzer.tool() + " failed with exit code " + r.exitCode() + (last.isEmpty() ? "" : ": " + last),
                    files);
        }
        try {
            return new AnalyzerResult(analyzer.tool(), r.exitCode(), analyzer.parse(r.stdout(), context.workspace()),
                    r.stdout(), r.stderr(), null, files);
        } catch (IOException e) {
            return new AnalyzerResult(analyzer.tool(), r.exitCode(), List.of(), r.stdout(), r.stderr(),
                    e.getMessage(), files);
        }
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
    }
}
