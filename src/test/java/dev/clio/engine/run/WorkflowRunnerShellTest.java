package dev.clio.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.engine.adapter.shell.ShellAdapter;
import dev.clio.engine.run.Flows.StepBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real processes through the real shell adapter. */
class WorkflowRunnerShellTest {

    @TempDir
    Path dir;

    private static final List<String> TREE = List.of("sh", "-c",
            "sleep 30 & echo $! > child.pid; echo $$ > parent.pid; wait");

    @Test
    void aStepTimeoutKillsTheWholeProcessTree() throws Exception {
        try (Harness h = new Harness(dir, new ShellAdapter())) {
            ExecutionResult result = h.run(Flows.workflow().add(StepBuilder.of("1.001", "shell").with("argv", TREE))
                    .build(), h.options().stepTimeout(Duration.ofMillis(700)).build());
            assertThat(result.status()).isEqualTo(ExecutionStatus.FAILED);
            assertThat(result.step("1.001").orElseThrow().error()).contains("timed out");
            assertGone(dir.resolve("parent.pid"));
            assertGone(dir.resolve("child.pid"));
        }
    }

    @Test
    void cancelKillsTheRunningProcessTree() throws Exception {
        try (Harness h = new Harness(dir, new ShellAdapter())) {
            Execution execution = h.runner.start(Flows.workflow()
                    .add(StepBuilder.of("1.001", "shell").with("argv", TREE)).build(), h.options().build());
            await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(dir.resolve("parent.pid"))
                    && Files.exists(dir.resolve("child.pid")) && Files.size(dir.resolve("child.pid")) > 0);
            execution.cancel();
            assertThat(Harness.await(execution)).isEqualTo(ExecutionStatus.CANCELLED);
            assertGone(dir.resolve("parent.pid"));
            assertGone(dir.resolve("child.pid"));
        }
    }

    @Test
    void shellStepsRunInDependencyOrderAndTheirOutputIsReported() {
        try (Harness h = new Harness(dir, new ShellAdapter())) {
            ExecutionResult result = h.run(Flows.workflow()
                    .add(StepBuilder.of("1.001", "shell").with("argv", List.of("sh", "-c", "echo one > a.txt")))
                    .add(StepBuilder.of("1.002", "shell").with("argv", List.of("cat", "a.txt"))).build());
            assertThat(result.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(result.step("1.002").orElseThrow().output()).isEqualTo("one\n");
            assertThat(h.events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(RunEvent.StepOutput.class,
                    o -> assertThat(o.line()).isEqualTo("one")));
        }
    }

    private static void assertGone(Path pidFile) throws Exception {
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        await().atMost(Duration.ofSeconds(5)).until(() -> !running(pid));
    }

    /** Zombies (dead, not yet reaped) count as gone. */
    private static boolean running(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String text = Files.readString(stat);
            char state = text.charAt(text.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
