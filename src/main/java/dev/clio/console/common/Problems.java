package dev.clio.console.common;

import dev.clio.connections.ConnectionProblem;
import dev.clio.ops.OpsException;

/** Turns failures into the plain sentences the console shows; never a stack trace or a class name. */
public final class Problems {

    private Problems() {
    }

    public static String sentence(Throwable failure) {
        if (failure instanceof OpsException ops) {
            return switch (ops.kind()) {
                // wrong, expired or revoked key and forbidden action: the connection manager's own sentences
                case UNAUTHORIZED, FORBIDDEN -> ConnectionProblem.of(ops).sentence();
                case UNAVAILABLE -> "The engine is not answering: " + clean(ops.getMessage());
                case TIMEOUT -> "The engine did not answer in time: " + clean(ops.getMessage());
                default -> clean(ops.getMessage());
            };
        }
        String message = failure.getMessage();
        return message == null || message.isBlank()
                ? "Something went wrong (" + failure.getClass().getSimpleName() + "); see the log for details."
                : clean(message);
    }

    private static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "no details";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 297) + "…" : line;
    }
}
