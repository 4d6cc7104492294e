package dev.clio.console.common.logs;

/**
 * Where a pane's lines come from: a local file, the orchestrator's structured log, a process's output, a container
 * (wired by the containers feature through this same interface), or several of them merged.
 */
public interface LogSource {

    /** What the tab and merged lines call it, e.g. {@code cli-orchestrator.log} or {@code api-1}. */
    String name();

    /**
     * Starts delivering into {@code queue} on a background thread and returns at once; never blocks the caller.
     * Problems are reported on the queue as sentences, never thrown.
     */
    Feed start(LineQueue queue);

    /** A running source; closing stops delivery and frees its file, process or connection. */
    interface Feed extends AutoCloseable {
        @Override
        void close();
    }
}
