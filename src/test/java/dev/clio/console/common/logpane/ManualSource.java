package dev.clio.console.common.logpane;

import dev.clio.console.common.logs.LineQueue;
import dev.clio.console.common.logs.LogSource;

/** A source the test feeds by hand: lines go straight into the pane's queue. */
final class ManualSource implements LogSource {

    private LineQueue queue;
    private boolean closed;

    @Override
    public String name() {
        return "manual";
    }

    @Override
    public Feed start(LineQueue into) {
        this.queue = into;
        return () -> closed = true;
    }

    void lines(String prefix, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (!queue.offer(name(), prefix + i)) {
                throw new IllegalStateException("queue full at " + i);
            }
        }
    }

    void line(String text) {
        queue.offer(name(), text);
    }

    boolean closed() {
        return closed;
    }
}
