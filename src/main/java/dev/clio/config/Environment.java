package dev.clio.config;

import java.util.Locale;

/** The deployment stage; production turns some warnings into errors. */
public enum Environment {
    DEVELOPMENT, STAGING, PRODUCTION;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
