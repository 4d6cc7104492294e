package dev.clio.engine.adapter.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;

/**
 * Passes when the pytest_runner report shows tests and no failures or errors. Reads {@code test_results.failed/errors}
 * (our pytest_runner) or top-level {@code tests_failed} (the original's verifier format). A missing report fails.
 */
final class TestsPassGate implements Gate {

    static final List<String> PATH_KEYS = List.of("from", "artifact", "source", "test_report", "report");

    @Override
    public GateResult check(GateSpec gate, GateFiles files) throws IOException {
        String path = files.pathOf(gate, PATH_KEYS, "test_report.json");
        JsonNode report;
        try {
            report = files.readTree(path);
        } catch (NoSuchFileException e) {
            return GateResult.fail(gate, "test report not found: " + path
                    + " (run pytest_runner first, or point 'from' at its report)");
        }
        Counts counts = counts(report);
        if (counts == null) {
            return GateResult.fail(gate, "test report " + path + " has neither test_results{failed, errors} nor "
                    + "tests_failed");
        }
        Map<String, Object> details = Map.of("report", path, "passed", counts.passed, "failed", counts.failed,
                "errors", counts.errors);
        if (counts.failed + counts.errors > 0) {
            return GateResult.fail(gate, counts.failed + " failed and " + counts.errors + " errors out of "
                    + counts.total() + " tests (" + path + ")", details);
        }
        if (counts.total() == 0) {
            return GateResult.fail(gate, "no tests ran (" + path + ")", details);
        }
        return GateResult.pass(gate, "all " + counts.passed + " tests passed", details);
    }

    private static Counts counts(JsonNode report) {
        JsonNode results = report.path("test_results");
        if (results.isObject() && results.has("failed")) {
            long passed = results.path("passed").asLong(0);
            long failed = results.path("failed").asLong(0);
            long errors = results.path("errors").asLong(0);
            long total = results.path("total").asLong(passed + failed + errors);
            return new Counts(passed, failed, errors, total);
        }
        if (report.has("tests_failed")) {
            long passed = report.path("tests_passed").asLong(0);
            long failed = report.path("tests_failed").asLong(0);
            long errors = report.path("tests_errors").asLong(0);
            return new Counts(passed, failed, errors, passed + failed + errors);
        }
        return null;
    }

    private record Counts(long passed, long failed, long errors, long reportedTotal) {
        long total() {
            return Math.max(reportedTotal, passed + failed + errors);
        }
    }
}
