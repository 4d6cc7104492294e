package dev.clio.engine.workflow;

/** A step's {@code retry} block: up to {@code max} extra attempts (0–5). */
public record Retry(int max, Backoff backoff) {
    public static final Retry NONE = new Retry(0, Backoff.EXPONENTIAL);

    public enum Backoff { LINEAR, EXPONENTIAL }
}
