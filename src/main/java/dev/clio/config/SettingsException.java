package dev.clio.config;

import java.util.List;

/** Configuration that cannot be used: a bad value, an unreadable or malformed file, an unknown key to set. */
public final class SettingsException extends Exception {

    private final List<String> problems;

    SettingsException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    SettingsException(String problem, Throwable cause) {
        super(problem, cause);
        this.problems = List.of(problem);
    }

    static SettingsException of(String problem) {
        return new SettingsException(List.of(problem));
    }

    /** Each problem on its own, one line each; the message joins them with {@code "; "}. */
    public List<String> problems() {
        return problems;
    }
}
