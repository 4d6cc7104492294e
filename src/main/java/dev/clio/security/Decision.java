package dev.clio.security;

/**
 * Whether a caller may perform an action.
 *
 * @param required the role the action needs, or null when the action is not exposed to anyone
 * @param message  one sentence for a refusal (the server answers 403); empty when allowed
 */
public record Decision(boolean allowed, Role required, String message) {
}
