package dev.clio.engine.adapter.tools.diagnostics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one analyzer did. {@code error} is set when it could not do its job (missing, crashed, timed out) — found
 * issues are not errors.
 */
public record AnalyzerResult(String analyzer, Integer exitCode, List<Issue> issues, String stdout, String stderr,
        String error, List<String> files) {

    public AnalyzerResult {
        issues = List.copyOf(issues);
        files = List.copyOf(files);
    }

    static AnalyzerResult failed(String analyzer, String error) {
        return new AnalyzerResult(analyzer, null, List.of(), "", "", error, List.of());
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("exit_code", exitCode);
        map.put("issues", issues.size());
        map.put("stdout", stdout.length() > 20_000 ? stdout.substring(0, 20_000) + "…" : stdout);
        map.put("stderr", stderr.length() > 20_000 ? stderr.substring(0, 20_000) + "…" : stderr);
        map.put("error", error);
        return map;
    }
}
