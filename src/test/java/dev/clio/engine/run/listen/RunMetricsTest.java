package dev.clio.engine.run.listen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.engine.run.ExecutionStatus;
import dev.clio.engine.run.RunEvent;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunMetricsTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final RunMetrics metrics = new RunMetrics(registry);

    @Test
    void twoDaysOfRunsScrapeAsPrometheusText() {
        TwoDaysOfRuns.playTo(metrics);
        List<String> lines = registry.scrape().lines().toList();

        assertThat(lines).contains(
                "# TYPE workflow_executions_total counter",
                "workflow_executions_total{status=\"succeeded\",workflow=\"CODE_QUALITY\"} 3.0",
                "workflow_executions_total{status=\"failed\",workflow=\"PY_EDIT_TRIAGE\"} 2.0",
                "# TYPE workflow_duration_seconds histogram",
                "workflow_duration_seconds_count{status=\"succeeded\",workflow=\"CODE_QUALITY\"} 3",
                "workflow_duration_seconds_sum{status=\"succeeded\",workflow=\"CODE_QUALITY\"} 86.65",
                "workflow_duration_seconds_bucket{status=\"succeeded\",workflow=\"CODE_QUALITY\",le=\"5.0\"} 1",
                "workflow_duration_seconds_bucket{status=\"succeeded\",workflow=\"CODE_QUALITY\",le=\"30.0\"} 2",
                "workflow_duration_seconds_bucket{status=\"succeeded\",workflow=\"CODE_QUALITY\",le=\"120.0\"} 3",
                "# TYPE step_duration_seconds histogram",
                "step_duration_seconds_count{actor=\"ai_editor\",status=\"succeeded\"} 3",
                "step_duration_seconds_sum{actor=\"ai_editor\",status=\"succeeded\"} 42.25",
                "step_duration_seconds_sum{actor=\"ai_editor\",status=\"failed\"} 30.125",
                "step_duration_seconds_bucket{actor=\"ruff_checker\",status=\"succeeded\",le=\"0.01\"} 1",
                "step_duration_seconds_bucket{actor=\"ruff_checker\",status=\"succeeded\",le=\"0.5\"} 3",
                "workflow_steps_total{actor=\"ai_editor\",status=\"succeeded\"} 3.0",
                "workflow_steps_total{actor=\"ai_editor\",status=\"failed\"} 1.0",
                "workflow_steps_total{actor=\"ai_editor\",status=\"skipped\"} 1.0",
                "workflow_steps_total{actor=\"ruff_checker\",status=\"succeeded\"} 3.0",
                "tokens_used_total{workflow=\"CODE_QUALITY\"} 2400.0",
                "tokens_used_total{workflow=\"PY_EDIT_TRIAGE\"} 130800.0",
                "# TYPE tokens_remaining gauge",
                "tokens_remaining{workflow=\"CODE_QUALITY\"} 48800.0",
                "tokens_remaining{workflow=\"PY_EDIT_TRIAGE\"} -10000.0",
                "artifacts_generated_total{outcome=\"success\"} 6.0",
                "artifacts_generated_total{outcome=\"failed\"} 1.0",
                "cache_hits_total{actor=\"ruff_checker\"} 1.0");
    }

    @Test
    void nothingIsCountedBeforeAnythingRuns() {
        assertThat(registry.scrape()).doesNotContain("workflow_executions_total").doesNotContain("tokens_used_total");
    }

    @Test
    void tokensRemainingFollowsTheRunningExecutionAndIsNanWithoutABudget() {
        Instant t0 = Instant.parse("2026-12-01T10:00:00Z");
        RunScript budgeted = new RunScript("x1", "FLOW", t0).start("u", 1_000, 2)
                .step("1.001", "One", "ai_editor", 1, 300);
        budgeted.playTo(metrics);
        assertThat(registry.scrape()).contains("tokens_remaining{workflow=\"FLOW\"} 700.0");

        metrics.onEvent(new RunEvent.ExecutionStarted("x2", t0, "FLOW", "f.yaml", "u", 0, false, 1));
        assertThat(registry.scrape()).contains("tokens_remaining{workflow=\"FLOW\"} NaN");
    }

    @Test
    void anExecutionTotalAboveItsStepsIsToppedUpOnce() {
        Instant t0 = Instant.parse("2026-12-01T10:00:00Z");
        new RunScript("x3", "FLOW", t0).start("u", 0, 1).step("1.001", "One", "ai_editor", 1, 40).playTo(metrics);
        metrics.onEvent(new RunEvent.ExecutionFinished("x3", t0.plusSeconds(2), "FLOW", ExecutionStatus.SUCCEEDED,
                Duration.ofSeconds(2), 100, 0, 1, 0, 0, null));
        metrics.onEvent(new RunEvent.ExecutionFinished("x4", t0.plusSeconds(3), "FLOW", ExecutionStatus.CANCELLED,
                Duration.ofSeconds(1), 5, 0, 0, 0, 0, "cancelled by user"));

        assertThat(registry.scrape()).contains("tokens_used_total{workflow=\"FLOW\"} 105.0",
                "workflow_executions_total{status=\"cancelled\",workflow=\"FLOW\"} 1.0")
                .doesNotContain("tokens_remaining{workflow=\"FLOW\"}");
    }
}
