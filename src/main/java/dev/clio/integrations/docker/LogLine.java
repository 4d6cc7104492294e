package dev.clio.integrations.docker;

import java.time.Instant;

/** One line a container wrote, without its newline; {@code timestamp} is the engine's, null if it sent none. */
public record LogLine(Instant timestamp, boolean stderr, String text) {
}
