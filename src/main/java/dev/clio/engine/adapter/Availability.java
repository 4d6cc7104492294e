package dev.clio.engine.adapter;

/** @param reason why it is unavailable ("ruff not found on PATH"), or a short note when available */
public record Availability(boolean available, String reason, String version) {

    public static Availability available(String version) {
        return new Availability(true, "available", version);
    }

    public static Availability unavailable(String reason) {
        return new Availability(false, reason, null);
    }
}
