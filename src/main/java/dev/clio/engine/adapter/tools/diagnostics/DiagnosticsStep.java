package dev.clio.engine.adapter.tools.diagnostics;

import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.adapter.StepContext;
import dev.clio.engine.adapter.StepRequest;
import dev.clio.engine.adapter.builtin.Artifacts;
import dev.clio.engine.adapter.tools.ToolRun;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a diagnostics report to the step's artifacts and turns it into a step result. */
final class DiagnosticsStep {

    private DiagnosticsStep() {
    }

    /**
     * @param problem why the step fails although every analyzer ran (a checker that found errors), or null
     */
    static AdapterResult finish(DiagnosticsReport report, String defaultArtifact, String problem, StepRequest request,
            StepContext context) throws IOException {
        List<String> written = new ArrayList<>();
        Map<String, Object> artifact = report.toMap();
        for (String path : ToolRun.artifactPaths(request, defaultArtifact)) {
            written.add(Artifacts.writeJson(context, path, artifact));
        }
        List<Issue> issues = report.issues();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("total_issues", issues.size());
        metadata.put("errors", report.count(Issue.ERROR));
        metadata.put("warnings", report.count(Issue.WARNING));
        metadata.put("analyzers", artifact.get("analyzers"));
        metadata.put("by_kind", ((Map<?, ?>) artifact.get("summary")).get("by_kind"));
        StringBuilder output = new StringBuilder();
        issues.stream().limit(200).forEach(i -> output.append(i.file()).append(':').append(i.line()).append(':')
                .append(i.column()).append(": ").append(i.severity()).append(": ").append(i.message())
                .append(i.code().isEmpty() ? "" : " [" + i.code() + "]").append('\n'));
        output.append(issues.size()).append(" issues\n");
        List<String> errors = report.errors();
        String error = !errors.isEmpty() ? String.join("; ", errors) : problem;
        return new AdapterResult(error == null, 0, written, output.toString(), error, metadata);
    }

    /** "mypy found 2 errors in 1 file (first: app.py:3: Incompatible return value …)". */
    static String found(String tool, List<Issue> issues, String what) {
        long files = issues.stream().map(Issue::file).distinct().count();
        Issue first = issues.get(0);
        return tool + " found " + issues.size() + " " + what + (issues.size() == 1 ? "" : "s") + " in " + files
                + " file" + (files == 1 ? "" : "s") + " (first: " + first.file() + ":" + first.line() + ": "
                + first.message() + ")";
    }
}
