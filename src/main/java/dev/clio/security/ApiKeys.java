package dev.clio.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The format of API keys: {@code clio_} + base64url (no padding) of 32 random bytes, 48 characters in all. */
public final class ApiKeys {

    public static final String PREFIX = "clio_";
    public static final int RANDOM_BYTES = 32;
    /** Characters of the secret kept as its public prefix. */
    public static final int PUBLIC_PREFIX_LENGTH = 12;
    public static final int LENGTH = PREFIX.length() + 43;
    /** Finds key-shaped text anywhere in a string (used for redaction). */
    static final Pattern ANYWHERE = Pattern.compile("clio_[A-Za-z0-9_-]{20,}");
    private static final Pattern EXACT = Pattern.compile("clio_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    /** A fresh secret from {@link SecureRandom}. */
    public static String newSecret() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** True for a string with exactly the shape of a key (says nothing about whether it exists). */
    public static boolean isWellFormed(String text) {
        return text != null && EXACT.matcher(text).matches();
    }

    public static String publicPrefix(String secret) {
        return secret.substring(0, PUBLIC_PREFIX_LENGTH);
    }

    /** Lower-case hex SHA-256 of the secret's UTF-8 bytes: what the key store keeps instead of the secret. */
    public static String digest(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    static String newId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "key_" + HexFormat.of().formatHex(bytes);
    }
}
