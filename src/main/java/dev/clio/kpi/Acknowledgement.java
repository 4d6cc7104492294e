package dev.clio.kpi;

import java.time.Instant;

/** Someone has taken the alert on. It does not mute it (that is a {@link Silence}) and ends with the occurrence. */
public record Acknowledgement(String who, Instant at, String note) {
}
