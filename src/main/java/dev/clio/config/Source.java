package dev.clio.config;

import java.util.Locale;

/** Where an effective setting came from; the environment wins over the file, the file over the default. */
public enum Source {
    DEFAULT, FILE, ENV;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
