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

    /** Asks one question and returns the answer, or null at the end of input. */
    @FunctionalInterface
    interface Prompt {
        String ask(String question);
    }

    private final Prompt prompt;
    private final PrintWriter err;

    /** @param prompt null when there is no terminal */
    PauseHandler(Prompt prompt, PrintWriter err) {
        this.prompt = prompt;
        this.err = err;
    }

    static PauseHandler forConsole(Console console, PrintWriter err) {
        return new PauseHandler(console == null ? null : question -> console.readLine("%s", question), err);
    }

    /** Blocks on the terminal until the user answers (end of input counts as cancel); true when resumed. */
    boolean handle(Execution execution) {
        String failed = execution.result().steps().stream().filter(s -> s.status() == StepStatus.FAILED)
                .map(StepResult::stepId).findFirst().orElse("?");
        if (prompt == null) {
            err.println("Execution " + execution.id() + " paused for review at step " + failed
                    + "; no terminal to ask, so it is cancelled. Run it in a terminal to review and resume.");
            execution.cancel("cancelled: paused for review with no terminal to ask");
            return false;
        }
        String question = "Step " + failed + " failed and waits for review. resume / cancel? ";
        while (true) {
            String answer = prompt.ask(question);
            String choice = answer == null ? "cancel" : answer.trim().toLowerCase(Locale.ROOT);
            if (choice.equals("resume") || choice.equals("r")) {
                return resume(execution);
            }
            if (choice.equals("cancel") || choice.equals("c")) {
                execution.cancel("cancelled after review of step " + failed);
                return false;
            }
            question = "Please answer resume or cancel: ";
        }
    }

    /** The workflow timeout or a Ctrl-C may have ended the execution while the question was open. */
    private boolean resume(Execution execution) {
        try {
            execution.resume();
            return true;
        } catch (IllegalStateException e) {
            err.println("Cannot resume: " + e.getMessage());
            return false;
        }
    }
}
