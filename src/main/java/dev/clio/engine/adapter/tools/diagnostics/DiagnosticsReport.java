package dev.clio.engine.adapter.tools.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The diagnostics artifact: {@code adapter, timestamp, files_analyzed, analyzers, summary{total_issues, by_severity,
 * by_kind}, issues[], results{analyzer: {exit_code, issues, stdout, stderr, error}}}.
 */
public record DiagnosticsReport(String adapter, String timestamp, List<AnalyzerResult> results, int minSeverity) {

    public DiagnosticsReport {
        results = List.copyOf(results);
    }

    /** Issues at or above the minimum severity, in analyzer order. */
    public List<Issue> issues() {
        List<Issue> issues = new ArrayList<>();
        results.forEach(r -> r.issues().stream().filter(i -> Issue.rank(i.severity()) >= minSeverity)
                .forEach(issues::add));
        return issues;
    }

    public List<String> errors() {
        return results.stream().filter(r -> r.error() != null).map(AnalyzerResult::error).toList();
    }

    public long count(String severity) {
        return issues().stream().filter(i -> i.severity().equals(severity)).count();
    }

    public Map<String, Object> toMap() {
        List<Issue> issues = issues();
        Map<String, Long> bySeverity = new TreeMap<>();
        Map<String, Long> byKind = new TreeMap<>();
        issues.forEach(i -> {
            bySeverity.merge(i.severity(), 1L, Long::sum);
            byKind.merge(i.kind(), 1L, Long::sum);
        });
        Map<String, Object> files = new LinkedHashMap<>();
        files.put("python", filesWith(".py", ".pyi"));
        files.put("javascript", filesWith(".js", ".jsx", ".mjs", ".cjs"));
        files.put("typescript", filesWith(".ts", ".tsx"));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("total_issues", issues.size());
        summary.put("by_severity", bySeverity);
        summary.put("by_kind", byKind);
        Map<String, Object> perAnalyzer = new LinkedHashMap<>();
        results.forEach(r -> perAnalyzer.put(r.analyzer(), r.toMap()));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("adapter", adapter);
        report.put("timestamp", timestamp);
        report.put("type", "diagnostics");
        report.put("files_analyzed", files);
        report.put("analyzers", results.stream().map(AnalyzerResult::analyzer).toList());
        report.put("summary", summary);
        report.put("issues", issues.stream().map(Issue::toMap).toList());
        report.put("results", perAnalyzer);
        return report;
    }

    private List<String> filesWith(String... extensions) {
        return results.stream().flatMap(r -> r.files().stream()).distinct()
                .filter(f -> java.util.Arrays.stream(extensions).anyMatch(f::endsWith)).sorted().toList();
    }
}
