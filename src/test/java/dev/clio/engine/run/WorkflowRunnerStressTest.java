package dev.clio.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.run.Flows.StepBuilder;
import dev.clio.engine.workflow.OnFail;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowRunnerStressTest {

    @TempDir
    Path dir;

    /** Fails steps whose id ends in 3, succeeds the rest, logging a line each time. */
    private static TestAdapter mixed() {
        return TestAdapter.of("mixed", (r, c) -> {
            c.log("running " + r.step().id());
            return r.step().id().endsWith("3") ? AdapterResult.failed("planned failure")
                    : AdapterResult.ok("", List.of(), Map.of());
        });
    }

    @RepeatedTest(5)
    void aRandomGraphWithFailuresAndSkipsAlwaysEndsWithEveryStepAccountedFor() {
        Random random = new Random();
        Flows flow = Flows.workflow().input("go", false);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String id = (i / 10 + 1) + "." + String.format("%03d", i % 10 + 1);
            StepBuilder step = StepBuilder.of(id, "mixed").onFail(OnFail.CONTINUE);
            List<String> deps = new ArrayList<>();
            for (String earlier : ids) {
                if (random.nextInt(12) == 0) {
                    deps.add(earlier);
                }
            }
            step.dependsOn(deps.toArray(String[]::new));
            if (random.nextInt(8) == 0) {
                step.when("inputs.go == true");
            }
            flow.add(step);
            ids.add(id);
        }
        try (Harness h = new Harness(dir, mixed())) {
            ExecutionResult result = h.run(flow.build(), h.options().parallelism(4).build());
            assertThat(result.status()).isIn(ExecutionStatus.FAILED, ExecutionStatus.SUCCEEDED);
            assertThat(result.steps()).hasSize(120).allSatisfy(s -> assertThat(s.status())
                    .isIn(StepStatus.SUCCEEDED, StepStatus.FAILED, StepStatus.SKIPPED));
            RunEvent.ExecutionFinished end = (RunEvent.ExecutionFinished) h.events.get(h.events.size() - 1);
            assertThat(end.stepsSucceeded() + end.stepsFailed() + end.stepsSkipped()).isEqualTo(120);
            long reported = h.events.stream().filter(e -> e instanceof RunEvent.StepFinished
                    || e instanceof RunEvent.StepSkipped).count();
            assertThat(reported).isEqualTo(120);
        }
    }

    @Test
    void aListenerMayThrowOrCallBackIntoTheExecution() {
        List<Integer> seen = new ArrayList<>();
        Execution[] holder = new Execution[1];
        try (Harness h = new Harness(dir, mixed())) {
            RunOptions options = h.options().parallelism(4).listener(e -> {
                throw new IllegalStateException("broken listener");
            }).listener(e -> {
                if (holder[0] != null) {
                    seen.add(holder[0].result().steps().size());
                }
            }).build();
            Flows flow = Flows.workflow();
            for (int i = 1; i <= 8; i++) {
                flow.add(StepBuilder.of("1.00" + i, "mixed").dependsOn().onFail(OnFail.CONTINUE));
            }
            holder[0] = h.runner.start(flow.build(), options);
            ExecutionResult result = holder[0].completion().join();
            assertThat(result.count(StepStatus.FAILED)).isEqualTo(1);
            assertThat(result.count(StepStatus.SUCCEEDED)).isEqualTo(7);
            assertThat(h.trace()).last().isEqualTo("ExecutionFinished failed");
        }
    }
}
