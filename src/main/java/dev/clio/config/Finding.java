package dev.clio.config;

import java.util.Locale;

/**
 * One result of {@link Settings#validate()}.
 *
 * @param key the setting concerned, or the unknown name as written (a variable or file key)
 * @param message what is wrong and what to do about it, one line
 */
public record Finding(Severity severity, String key, String message) {

    public enum Severity {
        ERROR, WARNING;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static Finding error(String key, String message) {
        return new Finding(Severity.ERROR, key, message);
    }

    static Finding warning(String key, String message) {
        return new Finding(Severity.WARNING, key, message);
    }

    /** {@code severity: message}, the way the command line prints it. */
    public String toLine() {
        return severity.label() + ": " + message;
    }
}
