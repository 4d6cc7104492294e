package dev.clio.engine.run.listen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clio.engine.log.StructuredLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the monitoring runbook's own log pipelines, verbatim, with the real grep, jq, sort, uniq, awk and wc, on a log
 * written by {@link EventLogListener}, and checks what an on-call engineer would read.
 */
class RunbookLogPipelinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path workspace;

    @BeforeAll
    static void writeTwoDaysOfLogs() throws Exception {
        assertThat(run("command -v jq").exitCode()).as("jq is required: apt-get install -y jq").isZero();
        try (StructuredLog log = StructuredLog.open(workspace.resolve("logs/cli-orchestrator.log"))) {
            TwoDaysOfRuns.playTo(new EventLogListener(log));
        }
    }

    @Test
    void workflowErrorPatterns() throws Exception {
        Result result = run("grep \"workflow_execution_failed\" logs/cli-orchestrator.log | tail -10");
        List<JsonNode> lines = parse(result.stdout());
        assertThat(lines).extracting(l -> l.get("event").asText()).containsOnly("workflow_execution_failed");
        assertThat(lines).extracting(l -> l.get("error").asText()).containsExactly(
                "Step 2.001 failed: aider exited with code 1", "Token limit exceeded: 130000 > 120000");
        assertThat(lines).extracting(l -> l.get("level").asText()).containsOnly("ERROR");
    }

    @Test
    void tokenUsageByWorkflow() throws Exception {
        Result result = run("""
                grep "tokens_used" logs/cli-orchestrator.log | \\
                  jq -r '.workflow_name + ": " + (.tokens_used | tostring)' | \\
                  sort | uniq -c | sort -nr
                """);
        assertThat(result.stdout()).isEqualTo("""
                      2 CODE_QUALITY: 1200
                      1 PY_EDIT_TRIAGE: 800
                      1 PY_EDIT_TRIAGE: 130000
                      1 CODE_QUALITY: 0
                """);
    }

    @Test
    void stepByStepTiming() throws Exception {
        Result result = run("""
                grep "step_duration" logs/cli-orchestrator.log | \\
                  jq -r '"\\(.step_name): \\(.duration_seconds)s"' | \\
                  sort -k2 -nr
                """);
        assertThat(result.stdout()).isEqualTo("""
                AI_Fix: 30.125s
                AI_Fix: 20.5s
                AI_Analysis: 12.25s
                AI_Analysis: 9.5s
                Diagnostics: 2s
                Diagnostics: 1.75s
                Type_Checking: 1.5s
                Type_Checking: 1.25s
                Type_Checking: 1s
                Fast_Linting: 0.5s
                Fast_Linting: 0.42s
                Verify: 0.2s
                Fast_Linting: 0s
                """);
    }

    @Test
    void dailyActiveUsers() throws Exception {
        Result result = run("""
                grep "workflow_execution" logs/cli-orchestrator.log | \\
                  jq -r '.user_id' | sort -u | wc -l
                """);
        assertThat(result.stdout().strip()).isEqualTo("3");
    }

    @Test
    void workflowExecutionTrends() throws Exception {
        Result result = run("""
                grep "workflow_completed" logs/cli-orchestrator.log | \\
                  jq -r '.timestamp[:10]' | sort | uniq -c
                """);
        assertThat(result.stdout()).isEqualTo("""
                      1 2026-11-30
                      2 2026-12-01
                """);
    }

    @Test
    void tokenUsageTrends() throws Exception {
        Result result = run("""
                grep "tokens_used" logs/cli-orchestrator.log | \\
                  jq -r '"\\(.timestamp[:10]) \\(.tokens_used)"' | \\
                  awk '{date[$1] += $2} END {for (d in date) print d, date[d]}' | sort
                """);
        assertThat(result.stdout()).isEqualTo("""
                2026-11-30 2000
                2026-12-01 131200
                """);
    }

    @Test
    void logWatchShowsExactlyTheWarningsAndErrors() throws Exception {
        Result result = run("grep -E \"(ERROR|WARN|workflow_execution_failed)\" logs/cli-orchestrator.log");
        assertThat(parse(result.stdout())).extracting(l -> l.get("execution_id").asText() + " "
                + l.get("level").asText() + " " + l.get("event").asText()).containsExactly(
                        "exec-b WARN step_retrying",
                        "exec-b ERROR step_failed",
                        "exec-b ERROR workflow_execution_failed",
                        "exec-d WARN workflow_paused",
                        "exec-e ERROR workflow_execution_failed");
    }

    @Test
    void everyLineIsValidJsonAndCarriesTheExecutionIdentity() throws Exception {
        Result result = run("jq -c '[.workflow_name, .execution_id, .user_id] | map(type)' "
                + "logs/cli-orchestrator.log | sort -u");
        assertThat(result.stdout()).isEqualTo("[\"string\",\"string\",\"string\"]\n");
    }

    private static List<JsonNode> parse(String stdout) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : stdout.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    /** Runs a pipeline in the workspace; C locale so that sort orders the same on every machine. */
    private static Result run(String pipeline) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-o", "pipefail", "-c", pipeline)
                .directory(workspace.toFile());
        builder.environment().put("LC_ALL", "C");
        builder.redirectError(ProcessBuilder.Redirect.PIPE);
        Process process = builder.start();
        process.getOutputStream().close();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("pipeline did not finish: " + pipeline);
        }
        assertThat(stderr).as("stderr of %s", pipeline).isEmpty();
        return new Result(process.exitValue(), stdout);
    }

    private record Result(int exitCode, String stdout) {
    }
}
