package dev.clio.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.run.Flows.StepBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowRunnerWhenTest {

    @TempDir
    Path dir;

    /** Writes the diagnostics artifact given in with.json to with.path. */
    private static TestAdapter lint() {
        return TestAdapter.of("lint", (r, c) -> {
            String path = (String) r.with().get("path");
            c.writeArtifact(path, ((String) r.with().get("json")).getBytes(StandardCharsets.UTF_8));
            return AdapterResult.ok("", List.of(path), Map.of());
        });
    }

    private static Flows triage(String diagnostics, String when) {
        return Flows.workflow()
                .add(StepBuilder.of("1.001", "lint").with("path", "artifacts/linting.json").with("json", diagnostics)
                        .emits("artifacts/linting.json"))
                .add(StepBuilder.of("2.001", "fix").when(when).emits("artifacts/fix.diff"))
                .add(StepBuilder.of("3.001", "report").with("from", "artifacts/linting.json"));
    }

    @Test
    void hasErrorsRunsTheStepWhenTheArtifactHasIssues() {
        try (Harness h = new Harness(dir, lint(), TestAdapter.ok("fix"), TestAdapter.ok("report"))) {
            ExecutionResult result = h.run(triage("{\"issues\":[{\"severity\":\"warning\",\"kind\":\"lint\"}]}",
                    "has_errors('artifacts/linting.json')").build());
            assertThat(result.step("2.001").orElseThrow().status()).isEqualTo(StepStatus.SUCCEEDED);
        }
    }

    @Test
    void falseConditionSkipsTheStepAndItsDependantsStillRun() {
        try (Harness h = new Harness(dir, lint(), TestAdapter.ok("fix"), TestAdapter.ok("report"))) {
            ExecutionResult result = h.run(triage("{\"issues\":[],\"summary\":{\"total_issues\":0}}",
                    "has_errors('artifacts/linting.json')").build());
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            StepResult fix = result.step("2.001").orElseThrow();
            assertThat(fix.status()).isEqualTo(StepStatus.SKIPPED);
            assertThat(fix.error()).isEqualTo("when is false: has_errors('artifacts/linting.json')");
            assertThat(result.step("3.001").orElseThrow().status()).isEqualTo(StepStatus.SUCCEEDED);
        }
    }

    @Test
    void kindsFilterTheIssues() {
        String json = "{\"issues\":[{\"severity\":\"error\",\"kind\":\"type\"}]}";
        try (Harness h = new Harness(dir, lint(), TestAdapter.ok("fix"), TestAdapter.ok("report"))) {
            ExecutionResult lintOnly = h.run(triage(json,
                    "has_errors('artifacts/linting.json', kinds=['lint','format'])").build());
            assertThat(lintOnly.step("2.001").orElseThrow().status()).isEqualTo(StepStatus.SKIPPED);
            ExecutionResult types = h.run(triage(json,
                    "has_errors('artifacts/linting.json', kinds=['import','type'])").build());
            assertThat(types.step("2.001").orElseThrow().status()).isEqualTo(StepStatus.SUCCEEDED);
        }
    }

    @Test
    void aDependantThatNeedsTheSkippedStepsOutputIsSkippedWithTheReason() {
        try (Harness h = new Harness(dir, TestAdapter.ok("fix"), TestAdapter.ok("apply"), TestAdapter.ok("other"))) {
            ExecutionResult result = h.run(Flows.workflow()
                    .add(StepBuilder.of("1.001", "fix").when("inputs.enabled == true").emits("artifacts/fix.diff"))
                    .add(StepBuilder.of("1.002", "apply").with("patch", "artifacts/fix.diff"))
                    .add(StepBuilder.of("1.003", "other").with("patch", "artifacts/other.diff"))
                    .input("enabled", false).build());
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(result.step("1.002").orElseThrow().error())
                    .isEqualTo("needs artifacts/fix.diff, which skipped step 1.001 emits");
            assertThat(result.step("1.003").orElseThrow().status()).isEqualTo(StepStatus.SUCCEEDED);
        }
    }

    @Test
    void successAndPreviousStepsSeeEarlierResults() {
        try (Harness h = new Harness(dir, TestAdapter.ok("a"), TestAdapter.ok("b"))) {
            ExecutionResult result = h.run(Flows.workflow().step("1.001", "a")
                    .add(StepBuilder.of("1.002", "b").when("success(1.001) && all_previous_steps_success"))
                    .add(StepBuilder.of("1.003", "b").when("!success(1.001)")).build());
            assertThat(result.step("1.002").orElseThrow().status()).isEqualTo(StepStatus.SUCCEEDED);
            assertThat(result.step("1.003").orElseThrow().status()).isEqualTo(StepStatus.SKIPPED);
        }
    }

    @Test
    void anUnreadableArtifactFailsTheStepWithAClearMessage() throws Exception {
        Files.createDirectories(dir.resolve("artifacts"));
        Files.writeString(dir.resolve("artifacts/linting.json"), "{not json");
        try (Harness h = new Harness(dir, TestAdapter.ok("fix"))) {
            ExecutionResult result = h.run(Flows.workflow()
                    .add(StepBuilder.of("1.001", "fix").when("has_errors('artifacts/linting.json')")).build());
            assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(result.step("1.001").orElseThrow().error())
                    .startsWith("when: has_errors: artifacts/linting.json is not a readable diagnostics artifact");
        }
    }
}
