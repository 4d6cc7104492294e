package dev.clio.cli;

import dev.clio.engine.run.ExecutionStatus;
import dev.clio.engine.run.RunEvent.ExecutionFinished;
import dev.clio.engine.run.RunEvent.ExecutionPaused;
import dev.clio.engine.run.RunEvent.ExecutionStarted;
import dev.clio.engine.run.RunEvent.StepFinished;
import dev.clio.engine.run.RunEvent.StepRetrying;
import dev.clio.engine.run.RunEvent.StepSkipped;
import dev.clio.engine.run.RunEvent.StepStarted;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The text of each progress line, the live bar and the summary block. */
final class ProgressLines {

    static final int BAR_WIDTH = 20;
    private static final int MAX_LABEL = 40;

    private ProgressLines() {
    }

    static String header(ExecutionStarted e) {
        String budget = e.budget() > 0 && e.budget() != Long.MAX_VALUE
                ? ", budget " + ProgressText.count(e.budget()) + " tokens" : "";
        return (e.dryRun() ? "Dry run of " : "Running ") + e.workflowName() + " ("
                + ProgressText.plural(e.stepCount(), "step", "steps") + budget + ")";
    }

    static String started(ProgressSymbols s, StepStarted e) {
        return s.started() + " " + e.stepId() + " " + e.stepName() + " (" + e.actor() + ")"
                + (e.attempt() > 1 ? " attempt " + e.attempt() : "");
    }

    static String retrying(ProgressSymbols s, StepRetrying e) {
        return s.retrying() + " " + e.stepId() + " retry " + e.nextAttempt() + " in "
                + ProgressText.delay(e.delay()) + ": " + ProgressText.oneLine(e.error(), "failed");
    }

    static String finished(ProgressSymbols s, StepFinished e) {
        String name = e.stepId() + " " + e.stepName();
        return switch (e.status()) {
            case FAILED -> s.failed() + " " + name + " failed after "
                    + ProgressText.plural(e.attempts(), "attempt", "attempts") + ": "
                    + ProgressText.oneLine(e.error(), "no error message");
            case CANCELLED -> s.cancelled() + " " + name + " cancelled after " + ProgressText.duration(e.duration());
            default -> s.succeeded() + " " + name + " " + ProgressText.duration(e.duration())
                    + (e.tokensUsed() > 0 ? ", " + ProgressText.count(e.tokensUsed()) + " tokens" : "")
                    + (e.cacheHit() ? " (cached)" : "");
        };
    }

    static String skipped(ProgressSymbols s, StepSkipped e) {
        return s.skipped() + " " + e.stepId() + " skipped: " + ProgressText.oneLine(e.reason(), "no reason given");
    }

    static String paused(ProgressSymbols s, ExecutionPaused e) {
        return s.paused() + " paused at " + e.stepId() + ": " + ProgressText.oneLine(e.reason(), "awaiting review");
    }

    /** {@code [##########----------] 5/10  1.003 AI Analysis 12s}. */
    static String bar(ProgressState state, long nowNanos) {
        int filled = state.done() * BAR_WIDTH / state.total();
        StringBuilder bar = new StringBuilder("[").append("#".repeat(filled)).append("-".repeat(BAR_WIDTH - filled))
                .append("] ").append(state.done()).append('/').append(state.total());
        var running = state.running();
        if (running.size() == 1) {
            ProgressState.Running step = running.values().iterator().next();
            String label = step.label().length() <= MAX_LABEL ? step.label()
                    : step.label().substring(0, MAX_LABEL - 3) + "...";
            bar.append("  ").append(label).append(' ').append(ProgressText.elapsed(nowNanos - step.startedNanos()));
        } else if (running.size() > 1) {
            bar.append("  ").append(running.size()).append(" running");
        }
        return bar.toString();
    }

    static List<String> summary(ProgressSymbols s, ExecutionFinished e) {
        List<String> lines = new ArrayList<>();
        lines.add(s.rule().repeat(40));
        String mark = e.status() == ExecutionStatus.SUCCEEDED ? s.succeeded() : s.failed();
        lines.add("Status:     " + mark + " " + e.status().label());
        lines.add("Steps:      " + e.stepsSucceeded() + " succeeded, " + e.stepsFailed() + " failed, "
                + e.stepsSkipped() + " skipped");
        lines.add("Tokens:     " + tokens(e.tokensUsed(), e.budget()));
        lines.add("Duration:   " + ProgressText.duration(e.duration()));
        lines.add("Execution:  " + e.executionId());
        if (e.status() != ExecutionStatus.SUCCEEDED) {
            lines.add("Error:      " + ProgressText.oneLine(e.error(), e.status().label()));
        }
        return lines;
    }

    private static String tokens(long used, long budget) {
        if (budget <= 0 || budget == Long.MAX_VALUE) {
            return ProgressText.count(used) + " (no budget)";
        }
        return ProgressText.count(used) + " of " + ProgressText.count(budget)
                + String.format(Locale.ROOT, " (%.1f%%)", used * 100.0 / budget);
    }
}
