package dev.clio.security;

/**
 * The outcome of checking an {@code X-API-Key} header: a {@link Caller}, or a {@link AuthFailure} with a plain sentence
 * that is safe to return to the client (it never contains the presented secret).
 *
 * @param caller    the authenticated caller, or null on failure
 * @param failure   why it failed, or null on success
 * @param keyPrefix public prefix of the key when it is known (success, expired, revoked), else null
 * @param message   one sentence for the client; empty on success
 */
public record AuthResult(Caller caller, AuthFailure failure, String keyPrefix, String message) {

    public static AuthResult success(Caller caller) {
        return new AuthResult(caller, null, caller.keyPrefix(), "");
    }

    public static AuthResult failure(AuthFailure failure, String keyPrefix, String message) {
        return new AuthResult(null, failure, keyPrefix, message);
    }

    public boolean ok() {
        return caller != null;
    }
}
