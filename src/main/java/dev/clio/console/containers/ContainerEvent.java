package dev.clio.console.containers;

import java.time.Instant;

/** A change the console observed between two polls: {@code running → exited}, a restart, a container appearing. */
record ContainerEvent(Instant at, String container, String text) {
}
