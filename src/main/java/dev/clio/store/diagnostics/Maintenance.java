package dev.clio.store.diagnostics;

import java.time.Duration;

/** A maintenance command that ran, and how long it took. */
public record Maintenance(String command, Duration took) {
}
