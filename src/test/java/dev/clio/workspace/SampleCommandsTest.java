package dev.clio.workspace;

import static dev.clio.workspace.SampleFixtures.argv;
import static dev.clio.workspace.SampleFixtures.steps;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the samples' shell commands as real processes in a real workspace, in file order with their retries, so a
 * sample that cannot work on a plain Linux machine fails here rather than in the demo.
 */
class SampleCommandsTest {

    @TempDir
    Path root;

    @BeforeEach
    void layout() throws IOException {
        Files.createDirectories(root.resolve("artifacts"));
        Files.createDirectories(root.resolve("cache"));
    }

    @Test
    void healthCheckStepsAllSucceed() throws Exception {
        assertThat(run("HEALTH_CHECK.yaml")).containsOnlyKeys("1.001", "1.002", "1.003")
                .allSatisfy((id, codes) -> assertThat(codes).containsExactly(0));
        assertThat(root.resolve("artifacts/.health-check")).exists();
    }

    @Test
    void healthCheckFailsWhenTheWorkspaceHasNoArtifactsDirectory() throws Exception {
        Files.delete(root.resolve("artifacts"));
        assertThat(run("HEALTH_CHECK.yaml").get("1.001")).doesNotContain(0);
    }

    @Test
    void theFlakyStepFailsOnceThenSucceedsAndDoesSoOnEveryRun() throws Exception {
        for (int round = 0; round < 2; round++) {
            Map<String, List<Integer>> codes = run("FLAKY_RETRY.yaml");
            assertThat(codes.get("1.002")).containsExactly(1, 0);
            assertThat(codes.get("1.003")).containsExactly(0);
        }
    }

    @Test
    void theAlwaysFailingStepFailsOnEveryAttempt() throws Exception {
        Map<String, List<Integer>> codes = run("ALWAYS_FAILS.yaml");
        assertThat(codes.get("1.001")).containsExactly(1);
        assertThat(codes.get("2.001")).containsExactly(0);
    }

    @Test
    void theOtherSamplesShellStepsSucceed() throws Exception {
        for (String file : List.of("HELLO.yaml", "PARALLEL_FANOUT.yaml", "CONDITIONAL.yaml", "BUDGET_OVERRUN.yaml")) {
            assertThat(run(file)).as(file).isNotEmpty()
                    .allSatisfy((id, codes) -> assertThat(codes).as(file + " " + id).containsExactly(0));
        }
    }

    /** Exit codes of each shell step's attempts: stops retrying at the first success, like the runner. */
    private Map<String, List<Integer>> run(String file) throws Exception {
        Map<String, List<Integer>> result = new LinkedHashMap<>();
        for (Map<String, Object> step : steps(file)) {
            if (!"shell".equals(step.get("actor"))) {
                continue;
            }
            int attempts = 1 + (step.get("retry") instanceof Map<?, ?> retry ? (Integer) retry.get("max") : 0);
            List<Integer> codes = new ArrayList<>();
            for (int i = 0; i < attempts && (codes.isEmpty() || codes.get(codes.size() - 1) != 0); i++) {
                codes.add(exec(argv(step)));
            }
            result.put((String) step.get("id"), codes);
        }
        return result;
    }

    private int exec(List<String> argv) throws Exception {
        Process process = new ProcessBuilder(argv).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("%s finished", argv).isTrue();
        return process.exitValue();
    }
}
