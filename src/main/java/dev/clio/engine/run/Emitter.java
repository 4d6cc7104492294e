package dev.clio.engine.run;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers an execution's events to its listeners one at a time, in order; a failing listener is logged once. It holds
 * the execution's one lock while it does, the same lock that guards the scheduler's state, so that a listener may
 * call back into the {@link Execution} without any lock-order deadlock.
 */
final class Emitter {

    private static final Logger LOG = LoggerFactory.getLogger(Emitter.class);

    private final List<RunListener> listeners;
    private final ReentrantLock lock = new ReentrantLock();
    private final java.util.Set<RunListener> reported = new java.util.HashSet<>();

    Emitter(List<RunListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    ReentrantLock lock() {
        return lock;
    }

    void emit(RunEvent event) {
        lock.lock();
        try {
            deliver(event);
        } finally {
            lock.unlock();
        }
    }

    private void deliver(RunEvent event) {
        for (RunListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                // Once per listener and execution: a listener that fails on every event must not flood the log.
                if (reported.add(listener)) {
                    LOG.warn("run listener {} failed on {} (further failures of it in execution {} are not logged):"
                            + " {}", listener.getClass().getName(), event.getClass().getSimpleName(),
                            event.executionId(), e.toString());
                }
            }
        }
    }
}
