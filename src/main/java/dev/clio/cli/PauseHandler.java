package dev.clio.cli;

import dev.clio.engine.run.Execution;
import dev.clio.engine.run.StepResult;
import dev.clio.engine.run.StepStatus;
import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Decides what a paused execution ({@code on_fail: pause_for_review}) does: on a terminal the user answers resume
 * or cancel; without one nobody can review, so the execution is cancelled after saying so.
 */
final class PauseHandler {

    private final Console console;
    private final PrintWriter err;

    PauseHandler(Console console, PrintWriter err) {
        this.console = console;
        this.err = err;
    }

    /** Blocks on the terminal until the user answers (end of input counts as cancel); true when resumed. */
    boolean handle(Execution execution) {
        String failed = execution.result().steps().stream().filter(s -> s.status() == StepStatus.FAILED)
                .map(StepResult::stepId).findFirst().orElse("?");
        if (console == null) {
            err.println("Execution " + execution.id() + " paused for review at step " + failed
                    + "; no terminal to ask, so it is cancelled. Run it in a terminal to review and resume.");
            execution.cancel();
            return false;
        }
        while (true) {
            String answer = console.readLine("Step %s failed and waits for review. resume / cancel? ", failed);
            String choice = answer == null ? "cancel" : answer.trim().toLowerCase(Locale.ROOT);
            if (choice.equals("resume") || choice.equals("r")) {
                execution.resume();
                return true;
            }
            if (choice.equals("cancel") || choice.equals("c")) {
                execution.cancel();
                return false;
            }
            console.printf("Please answer resume or cancel.%n");
        }
    }
}
