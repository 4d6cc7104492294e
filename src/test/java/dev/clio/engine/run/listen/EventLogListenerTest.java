package dev.clio.engine.run.listen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clio.engine.log.StructuredLog;
import dev.clio.engine.run.ExecutionStatus;
import dev.clio.engine.run.RunEvent;
import dev.clio.engine.run.StepStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLogListenerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aSuccessfulRunLogsStartStepsAndCompletionWithTotals() throws IOException {
        List<JsonNode> lines = logOf(l -> new RunScript("e1", "CODE_QUALITY", T0).start("alice", 50_000, 2)
                .step("1.001", "Fast Linting", "ruff_checker", 0.42, 0, "artifacts/linting.json")
                .step("2.001", "AI Analysis", "ai_editor", 3.0, 900)
                .finish(ExecutionStatus.SUCCEEDED, null).playTo(l));

        assertThat(lines).extracting(l -> l.get("event").asText()).containsExactly("workflow_execution_started",
                "step_started", "step_duration", "step_started", "step_duration", "workflow_completed");
        JsonNode started = lines.get(0);
        assertThat(started.get("user_id").asText()).isEqualTo("alice");
        assertThat(started.get("token_budget").asLong()).isEqualTo(50_000);
        assertThat(started.get("workflow_file").asText()).isEqualTo(".ai/workflows/CODE_QUALITY.yaml");
        assertThat(started.get("timestamp").asText()).isEqualTo("2026-12-01T10:00:00.000Z");

        JsonNode duration = lines.get(2);
        assertThat(duration.get("step_name").asText()).isEqualTo("Fast_Linting");
        assertThat(duration.get("step_title").asText()).isEqualTo("Fast Linting");
        assertThat(duration.get("duration_seconds").asDouble()).isEqualTo(0.42);
        assertThat(duration.get("status").asText()).isEqualTo("succeeded");
        assertThat(duration.get("artifacts").get(0).asText()).isEqualTo("artifacts/linting.json");
        assertThat(duration.get("user_id").asText()).isEqualTo("alice");
        assertThat(lines.get(4).get("step_tokens").asLong()).isEqualTo(900);
        assertThat(lines.get(4).has("tokens_used")).isFalse();

        JsonNode completed = lines.get(5);
        assertThat(completed.get("level").asText()).isEqualTo("INFO");
        assertThat(completed.get("tokens_used").asLong()).isEqualTo(900);
        assertThat(completed.get("duration_seconds").asDouble()).isEqualTo(3.43);
        assertThat(completed.get("steps_succeeded").asInt()).isEqualTo(2);
        assertThat(completed.has("error")).isFalse();
        assertThat(completed.get("timestamp").asText()).isEqualTo("2026-12-01T10:00:03.430Z");
    }

    @Test
    void onlyTheEndOfAnExecutionMentionsTokensUsed() throws IOException {
        logOf(TwoDaysOfRuns::playTo);
        List<String> raw = Files.readAllLines(dir.resolve("cli-orchestrator.log"));
        List<String> mentioning = raw.stream().filter(l -> l.contains("tokens_used")).toList();
        assertThat(mentioning).hasSize(5).allSatisfy(line -> assertThat(JSON.readTree(line).get("event").asText())
                .isIn("workflow_completed", "workflow_execution_failed"));
    }

    @Test
    void failuresAreErrorsWithTheirMessageAndRetriesAreWarnings() throws IOException {
        List<JsonNode> lines = logOf(l -> new RunScript("e2", "PY_EDIT_TRIAGE", T0).start("bob", 0, 1)
                .failingStep("1.001", "AI Fix", "ai_editor", 4, 100, "HTTP 529 overloaded", 2, "aider exited 1")
                .finish(ExecutionStatus.FAILED, "Step 1.001 failed: aider exited 1").playTo(l));

        JsonNode retry = find(lines, "step_retrying");
        assertThat(retry.get("level").asText()).isEqualTo("WARN");
        assertThat(retry.get("next_attempt").asInt()).isEqualTo(2);
        assertThat(retry.get("delay_seconds").asDouble()).isEqualTo(2.0);
        assertThat(retry.get("error").asText()).isEqualTo("HTTP 529 overloaded");

        JsonNode stepFailed = find(lines, "step_failed");
        assertThat(stepFailed.get("level").asText()).isEqualTo("ERROR");
        assertThat(stepFailed.get("attempts").asInt()).isEqualTo(2);
        assertThat(stepFailed.get("message").asText()).isEqualTo("Step 1.001 AI Fix failed after 2 attempts");

        JsonNode failed = find(lines, "workflow_execution_failed");
        assertThat(failed.get("level").asText()).isEqualTo("ERROR");
        assertThat(failed.get("error").asText()).isEqualTo("Step 1.001 failed: aider exited 1");
        assertThat(failed.get("tokens_used").asLong()).isEqualTo(100);
        assertThat(failed.get("token_budget").isNull()).as("no budget").isTrue();
        assertThat(failed.get("user_id").asText()).isEqualTo("bob");
    }

    @Test
    void cacheHitsSkipsPausesAndCancellationsHaveTheirOwnEvents() throws IOException {
        List<JsonNode> lines = logOf(l -> new RunScript("e3", "CODE_QUALITY", T0).start("carol", 10, 3)
                .cachedStep("1.001", "Fast Linting", "ruff_checker")
                .skip("2.001", "AI Analysis", "ai_editor", "when has_errors('a.json') is false; ERROR count 0")
                .pauseAndResume("3.001", "pause_for_review", 5)
                .finish(ExecutionStatus.CANCELLED, null).playTo(l));

        assertThat(find(lines, "cache_hit").get("actor").asText()).isEqualTo("ruff_checker");
        assertThat(find(lines, "step_duration").get("cached").asBoolean()).isTrue();
        JsonNode skipped = find(lines, "step_skipped");
        assertThat(skipped.get("level").asText()).isEqualTo("INFO");
        assertThat(skipped.get("reason").asText())
                .as("an INFO line must not match grep -E '(ERROR|WARN)'")
                .isEqualTo("when has_errors('a.json') is false; error count 0");
        assertThat(find(lines, "workflow_paused").get("step_id").asText()).isEqualTo("3.001");
        assertThat(find(lines, "workflow_resumed").get("level").asText()).isEqualTo("INFO");
        JsonNode cancelled = find(lines, "workflow_execution_cancelled");
        assertThat(cancelled.get("level").asText()).isEqualTo("WARN");
        assertThat(cancelled.get("error").asText()).isEqualTo("workflow cancelled");
    }

    @Test
    void freeTextNeverRepeatsTheRunbookMarkers() throws IOException {
        List<JsonNode> lines = logOf(l -> {
            l.onEvent(new RunEvent.ExecutionStarted("e4", T0, "W", "w.yaml", "dave", 100, false, 1));
            l.onEvent(new RunEvent.StepFinished("e4", T0, "W", "1.001", "Call", "ai_editor", StepStatus.FAILED, 1,
                    Duration.ofMillis(10), 0, "quota: tokens_used > step_duration limit, see workflow_completed",
                    List.of(), false));
        });
        assertThat(find(lines, "step_failed").get("error").asText())
                .isEqualTo("quota: tokens used > step duration limit, see workflow completed");
    }

    @Test
    void anExecutionFirstSeenMidwayStillHasAUserAndWorkflow() throws IOException {
        List<JsonNode> lines = logOf(l -> {
            l.onEvent(new RunEvent.ExecutionResumed("e5", T0, "RESUMED_FLOW"));
            l.onEvent(new RunEvent.ExecutionFinished("e5", T0.plusSeconds(2), "RESUMED_FLOW",
                    ExecutionStatus.SUCCEEDED, Duration.ofSeconds(2), 7, 0, 1, 0, 0, null));
        });
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.get("user_id").asText()).isEqualTo("unknown");
            assertThat(line.get("workflow_name").asText()).isEqualTo("RESUMED_FLOW");
        });
        assertThat(find(lines, "workflow_completed").get("tokens_used").asLong()).isEqualTo(7);
    }

    @Test
    void stepOutputIsNotLoggedAndAClosedLogDoesNotBreakTheRunner() throws IOException {
        Path file = dir.resolve("closed.log");
        StructuredLog log = StructuredLog.open(file);
        EventLogListener listener = new EventLogListener(log);
        listener.onEvent(new RunEvent.StepOutput("e6", T0, "1.001", "compiling"));
        log.close();
        listener.onEvent(new RunEvent.ExecutionStarted("e6", T0, "W", "w.yaml", "eve", 0, true, 1));
        assertThat(Files.readAllLines(file)).isEmpty();
    }

    @Test
    void aDryRunHasItsOwnEventsSoItIsNotCountedAsAnExecution() throws IOException {
        List<JsonNode> lines = logOf(l -> {
            l.onEvent(new RunEvent.ExecutionStarted("e7", T0, "W", "w.yaml", "eve", 100, true, 1));
            l.onEvent(new RunEvent.ExecutionFinished("e7", T0.plusMillis(20), "W", ExecutionStatus.SUCCEEDED,
                    java.time.Duration.ofMillis(20), 0, 100, 0, 0, 1, null));
        });
        assertThat(lines).extracting(l -> l.get("event").asText())
                .containsExactly("workflow_dry_run_started", "workflow_dry_run_finished");
        assertThat(lines).allSatisfy(l -> assertThat(l.get("user_id").asText()).isEqualTo("eve"));
        assertThat(lines.get(0).get("dry_run").asBoolean()).isTrue();
    }

    private List<JsonNode> logOf(Consumer<EventLogListener> scenario) throws IOException {
        Path file = dir.resolve("cli-orchestrator.log");
        try (StructuredLog log = StructuredLog.open(file)) {
            scenario.accept(new EventLogListener(log));
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String raw : Files.readAllLines(file)) {
            lines.add(JSON.readTree(raw));
        }
        return lines;
    }

    private static JsonNode find(List<JsonNode> lines, String event) {
        return lines.stream().filter(l -> l.get("event").asText().equals(event)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + event + " line in " + lines));
    }
}
