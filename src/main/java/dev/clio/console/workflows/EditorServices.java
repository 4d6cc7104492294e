package dev.clio.console.workflows;

import dev.clio.console.common.ConsoleContext;
import dev.clio.engine.workflow.WorkflowValidator;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What an editor runs on: the console's shared executors (it creates no threads), the one validator and the pause
 * after typing before it runs.
 */
public record EditorServices(ScheduledExecutorService scheduler, Executor io, Executor ui,
        WorkflowValidator validator, Duration pause) {

    public static EditorServices of(ConsoleContext context) {
        return new EditorServices(context.scheduler(), context.io(), context.ui(), WorkflowValidator.standard(),
                LiveAnalysis.PAUSE);
    }

    public EditorServices withPause(Duration next) {
        return new EditorServices(scheduler, io, ui, validator, next);
    }
}
