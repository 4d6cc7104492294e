package dev.clio.engine.adapter;

/**
 * An executable adapter. Implementations are stateless and thread-safe: the runner may execute several steps of the
 * same adapter at once. Adding an adapter is one class plus one registration in {@code AdapterRegistry}.
 */
public interface Adapter {

    AdapterSpec spec();

    default String name() {
        return spec().name();
    }

    /**
     * Whether the adapter can run here, with the reason when not and the wrapped tool's version when known. In-process
     * adapters are always available.
     */
    default Availability availability() {
        return Availability.available(null);
    }

    /** Tokens the step is expected to use; 0 for deterministic tools, which is the default. */
    default long estimateTokens(StepRequest request) {
        return 0;
    }

    /**
     * Runs the step. Blocks until done; honours {@link Thread#interrupt()} (cancel or timeout) by stopping what it
     * started, including child processes, and then throwing {@link InterruptedException}.
     */
    AdapterResult execute(StepRequest request, StepContext context) throws InterruptedException;
}
