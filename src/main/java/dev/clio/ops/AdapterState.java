package dev.clio.ops;

/** @param type deterministic | ai; {@code estimatedTokens} is the cost of an empty step */
public record AdapterState(String name, String type, boolean available, String reason, String version,
        long estimatedTokens) {
}
