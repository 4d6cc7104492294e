package dev.clio.kpi;

/** The life of one alert: inactive → pending (condition true) → firing (true for the whole {@code for}) → resolved. */
public enum AlertState {
    INACTIVE, PENDING, FIRING, RESOLVED
}
