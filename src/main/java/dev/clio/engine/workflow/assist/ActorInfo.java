package dev.clio.engine.workflow.assist;

import dev.clio.engine.adapter.AdapterSpec;
import java.util.Objects;

/**
 * An actor as completion and hover show it: its spec and, when known, whether it can run here.
 *
 * @param available null when unknown (no adapter list fetched yet)
 * @param reason why it is unavailable, or a note; may be empty
 */
public record ActorInfo(AdapterSpec spec, Boolean available, String reason) {

    public ActorInfo {
        Objects.requireNonNull(spec, "spec");
        reason = reason == null ? "" : reason;
    }

    public String name() {
        return spec.name();
    }

    /** "ai · available", "deterministic · unavailable: ruff not found on PATH", or only the type when unknown. */
    public String detail() {
        String type = spec.type().label();
        if (available == null) {
            return type;
        }
        if (available) {
            return type + " · available";
        }
        return type + " · unavailable" + (reason.isBlank() ? "" : ": " + reason);
    }
}
