package dev.clio.engine.run;

import dev.clio.engine.adapter.Adapter;
import dev.clio.engine.adapter.AdapterRegistry;
import dev.clio.engine.workflow.Workflow;
import dev.clio.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A runner over test adapters in a temporary workspace, recording events and retry delays. */
final class Harness implements AutoCloseable {

    final Workspace workspace;
    final List<RunEvent> events = new CopyOnWriteArrayList<>();
    final RecordingSleeper sleeper = new RecordingSleeper();
    final WorkflowRunner runner;

    Harness(Path root, Adapter... adapters) {
        this.workspace = new Workspace(root);
        this.runner = WorkflowRunner.of(AdapterRegistry.of(adapters));
    }

    RunOptions.Builder options() {
        return RunOptions.builder(workspace).parallelism(4).sleeper(sleeper).listener(events::add);
    }

    ExecutionResult run(Workflow workflow) {
        return run(workflow, options().build());
    }

    ExecutionResult run(Workflow workflow, RunOptions options) {
        Execution execution = runner.start(workflow, options);
        return execution.completion().orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).join();
    }

    static ExecutionStatus await(Execution execution) throws InterruptedException {
        return execution.await(Duration.ofSeconds(20));
    }

    /** Events in a compact form: "StepStarted 1.001 #1", "StepSkipped 1.002", … */
    List<String> trace() {
        return events.stream().map(Harness::describe).filter(s -> !s.isEmpty()).toList();
    }

    private static String describe(RunEvent e) {
        return switch (e) {
            case RunEvent.ExecutionStarted s -> "ExecutionStarted";
            case RunEvent.StepStarted s -> "StepStarted " + s.stepId() + " #" + s.attempt();
            case RunEvent.StepRetrying s -> "StepRetrying " + s.stepId() + " #" + s.nextAttempt();
            case RunEvent.StepFinished s -> "StepFinished " + s.stepId() + " " + s.status().label();
            case RunEvent.StepSkipped s -> "StepSkipped " + s.stepId();
            case RunEvent.StepOutput s -> "";
            case RunEvent.ExecutionPaused s -> "ExecutionPaused " + s.stepId();
            case RunEvent.ExecutionResumed s -> "ExecutionResumed";
            case RunEvent.ExecutionFinished s -> "ExecutionFinished " + s.status().label();
        };
    }

    @Override
    public void close() {
        runner.close();
    }
}
