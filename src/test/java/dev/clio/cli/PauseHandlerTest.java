package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.engine.adapter.AdapterRegistry;
import dev.clio.engine.adapter.shell.ShellAdapter;
import dev.clio.engine.run.Execution;
import dev.clio.engine.run.ExecutionStatus;
import dev.clio.engine.run.RunOptions;
import dev.clio.engine.run.WorkflowRunner;
import dev.clio.engine.workflow.Workflow;
import dev.clio.engine.workflow.WorkflowValidator;
import dev.clio.workspace.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The terminal dialogue of a paused run, with scripted answers and real shell steps. */
class PauseHandlerTest {

    private static final String WORKFLOW = """
            name: "Review"
            steps:
              - id: "1.001"
                name: "Needs flag"
                actor: shell
                on_fail: pause_for_review
                with:
                  argv: ["test", "-f", "ok.flag"]
              - id: "1.002"
                name: "After"
                actor: shell
                with:
                  argv: ["touch", "after.txt"]
            """;

    @TempDir
    Path dir;

    private final List<String> questions = new ArrayList<>();

    private Execution start(WorkflowRunner runner) throws Exception {
        Workflow workflow = WorkflowValidator.standard().validate("review.yaml", WORKFLOW).workflow().orElseThrow();
        Execution execution = runner.start(workflow, RunOptions.builder(new Workspace(dir)).build());
        assertThat(execution.await(Duration.ofSeconds(20))).isEqualTo(ExecutionStatus.PAUSED);
        return execution;
    }

    @Test
    void resumeRerunsTheFailedStepAfterTheUserFixedIt() throws Exception {
        try (WorkflowRunner runner = WorkflowRunner.of(AdapterRegistry.of(new ShellAdapter()))) {
            Execution execution = start(runner);
            PauseHandler handler = new PauseHandler(q -> {
                questions.add(q);
                try {
                    Files.writeString(dir.resolve("ok.flag"), "fixed");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return "resume";
            }, new PrintWriter(new StringWriter()));
            assertThat(handler.handle(execution)).isTrue();
            assertThat(execution.await(Duration.ofSeconds(20))).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(dir.resolve("after.txt")).exists();
            assertThat(questions).containsExactly("Step 1.001 failed and waits for review. resume / cancel? ");
        }
    }

    @Test
    void anUnclearAnswerIsAskedAgainAndCancelEndsTheRun() throws Exception {
        try (WorkflowRunner runner = WorkflowRunner.of(AdapterRegistry.of(new ShellAdapter()))) {
            Execution execution = start(runner);
            List<String> answers = new ArrayList<>(List.of("maybe", "c"));
            PauseHandler handler = new PauseHandler(q -> {
                questions.add(q);
                return answers.remove(0);
            }, new PrintWriter(new StringWriter()));
            assertThat(handler.handle(execution)).isFalse();
            assertThat(execution.completion().join().status()).isEqualTo(ExecutionStatus.CANCELLED);
            assertThat(execution.result().error()).isEqualTo("cancelled after review of step 1.001");
            assertThat(questions).hasSize(2).last().isEqualTo("Please answer resume or cancel: ");
            assertThat(dir.resolve("after.txt")).doesNotExist();
        }
    }
}
