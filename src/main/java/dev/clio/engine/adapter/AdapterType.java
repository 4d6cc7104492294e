package dev.clio.engine.adapter;

/** Deterministic tools run themselves; AI adapters cost tokens and may be routed to a deterministic alternative. */
public enum AdapterType {
    DETERMINISTIC, AI;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
