package dev.clio.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the live progress line shows: steps done of the total, and the steps running now. Not thread-safe. */
final class ProgressState {

    private final Map<String, Running> running = new LinkedHashMap<>();
    private int total;
    private int done;
    private boolean active;

    record Running(String label, long startedNanos) {
    }

    void executionStarted(int stepCount) {
        total = stepCount;
        done = 0;
        running.clear();
        active = true;
    }

    void stepStarted(String stepId, String label, long nanos) {
        running.putIfAbsent(stepId, new Running(label, nanos));
    }

    /** @param stepId the step that finished, or null for one that never ran (skipped) */
    void stepDone(String stepId) {
        if (stepId != null) {
            running.remove(stepId);
        }
        done = Math.min(total, done + 1);
    }

    void executionFinished() {
        active = false;
        running.clear();
    }

    boolean showsBar() {
        return active && total > 0;
    }

    int total() {
        return total;
    }

    int done() {
        return done;
    }

    Map<String, Running> running() {
        return running;
    }
}
