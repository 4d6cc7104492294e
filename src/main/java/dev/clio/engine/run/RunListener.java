package dev.clio.engine.run;

/**
 * Receives an execution's events. Called on runner threads, one event at a time per execution; must be quick and must
 * not throw (a listener that fails is logged and ignored).
 */
@FunctionalInterface
public interface RunListener {
    void onEvent(RunEvent event);
}
