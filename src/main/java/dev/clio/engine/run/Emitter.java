package dev.clio.engine.run;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Delivers an execution's events to its listeners one at a time, in order; a failing listener is logged. */
final class Emitter {

    private static final Logger LOG = LoggerFactory.getLogger(Emitter.class);

    private final List<RunListener> listeners;

    Emitter(List<RunListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    synchronized void emit(RunEvent event) {
        for (RunListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("run listener {} failed on {}: {}", listener.getClass().getName(),
                        event.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
