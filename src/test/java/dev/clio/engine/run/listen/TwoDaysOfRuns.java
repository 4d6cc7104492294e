package dev.clio.engine.run.listen;

import dev.clio.engine.run.ExecutionStatus;
import dev.clio.engine.run.RunListener;
import java.time.Instant;
import java.util.List;

/**
 * Five executions over two days by three users: the realistic sequence the runbook pipelines are checked on.
 * Totals: 30 Nov 2,000 tokens (A 1,200 + B 800); 1 Dec 131,200 tokens (C 0 + D 1,200 + E 130,000).
 */
public final class TwoDaysOfRuns {

    private TwoDaysOfRuns() {
    }

    public static List<RunScript> scripts() {
        RunScript a = new RunScript("exec-a", "CODE_QUALITY", Instant.parse("2026-11-30T09:00:00Z"))
                .start("alice", 50_000, 3)
                .step("1.001", "Fast Linting", "ruff_checker", 0.42, 0, "artifacts/linting.json")
                .step("1.002", "Type Checking", "mypy_checker", 1.5, 0)
                .step("2.001", "AI Analysis", "ai_editor", 12.25, 1_200, "artifacts/analysis.md")
                .finish(ExecutionStatus.SUCCEEDED, null);
        RunScript b = new RunScript("exec-b", "PY_EDIT_TRIAGE", Instant.parse("2026-11-30T14:30:00Z"))
                .start("bob", 120_000, 2)
                .step("1.001", "Diagnostics", "vscode_diagnostics", 2.0, 0, "artifacts/diagnostics.json")
                .failingStep("2.001", "AI Fix", "ai_editor", 30.125, 800,
                        "provider said: tokens_used over the minute quota", 2.0, "aider exited with code 1",
                        "artifacts/ai_patch.diff")
                .finish(ExecutionStatus.FAILED, "Step 2.001 failed: aider exited with code 1");
        RunScript c = new RunScript("exec-c", "CODE_QUALITY", Instant.parse("2026-12-01T08:15:00Z"))
                .start("alice", 50_000, 3)
                .cachedStep("1.001", "Fast Linting", "ruff_checker")
                .step("1.002", "Type Checking", "mypy_checker", 1.25, 0)
                .skip("2.001", "AI Analysis", "ai_editor", "when has_errors('artifacts/linting.json') is false")
                .finish(ExecutionStatus.SUCCEEDED, null);
        RunScript d = new RunScript("exec-d", "CODE_QUALITY", Instant.parse("2026-12-01T11:00:00Z"))
                .start("carol", 50_000, 4)
                .step("1.001", "Fast Linting", "ruff_checker", 0.5, 0, "artifacts/linting.json")
                .step("1.002", "Type Checking", "mypy_checker", 1.0, 0)
                .step("2.001", "AI Analysis", "ai_editor", 9.5, 1_200, "artifacts/analysis.md")
                .pauseAndResume("3.001", "on_fail: pause_for_review", 60)
                .step("3.001", "Verify", "verifier", 0.2, 0)
                .finish(ExecutionStatus.SUCCEEDED, null);
        RunScript e = new RunScript("exec-e", "PY_EDIT_TRIAGE", Instant.parse("2026-12-01T23:59:00Z"))
                .start("bob", 120_000, 2)
                .step("1.001", "Diagnostics", "vscode_diagnostics", 1.75, 0)
                .step("2.001", "AI Fix", "ai_editor", 20.5, 130_000, "artifacts/ai_patch.diff")
                .finish(ExecutionStatus.FAILED, "Token limit exceeded: 130000 > 120000");
        return List.of(a, b, c, d, e);
    }

    public static void playTo(RunListener listener) {
        scripts().forEach(script -> script.playTo(listener));
    }
}
