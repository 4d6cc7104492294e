package dev.clio.console.common;

import java.util.List;
import java.util.Objects;

/**
 * What a confirmation shows before an action that changes something: the exact operation, what it acts on, where
 * the call goes and that connection's environment, and on production the text the user must type first.
 *
 * @param operation what will be done, e.g. {@code restart}
 * @param targets the names of what it acts on, at least one
 * @param connection where the calls go ({@link Session#target()})
 * @param environment the connection's environment ({@link Session#environment()})
 * @param challengeOrNull the text the user must type before the button enables, or null when none is asked
 */
public record ConfirmationRequest(String operation, List<String> targets, String connection, String environment,
        String challengeOrNull) {

    public ConfirmationRequest {
        Objects.requireNonNull(operation);
        Objects.requireNonNull(connection);
        Objects.requireNonNull(environment);
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("a confirmation needs at least one target");
        }
    }

    /**
     * The request for {@code operation} on {@code targets} over {@code session}: on a production session the user
     * types the target's name, or the count when there are several (a name list is too easy to get wrong).
     */
    public static ConfirmationRequest of(String operation, List<String> targets, Session session) {
        String challenge = null;
        if (session.production()) {
            challenge = targets.size() == 1 ? targets.get(0) : String.valueOf(targets.size());
        }
        return new ConfirmationRequest(operation, targets, session.target(), session.environment(), challenge);
    }

    /** True when {@code typed} answers the challenge (always when none is asked). */
    public boolean accepts(String typed) {
        return challengeOrNull == null || challengeOrNull.equals(typed == null ? null : typed.strip());
    }

    /** {@code restart web-1} or {@code restart 3 containers: a, b, c}. */
    public String summary(String noun) {
        if (targets.size() == 1) {
            return operation + " " + targets.get(0);
        }
        return operation + " " + targets.size() + " " + noun + ": " + String.join(", ", targets);
    }
}
