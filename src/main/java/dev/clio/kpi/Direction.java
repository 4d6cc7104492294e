package dev.clio.kpi;

/** Which way a KPI gets worse. */
public enum Direction {
    /** Worse when the value rises past the thresholds (latency, error rate, usage). */
    LOWER_IS_BETTER,
    /** Worse when the value falls below the thresholds (success rate, uptime). */
    HIGHER_IS_BETTER,
    /** Judged on a series of daily values: the thresholds count consecutive declining days. */
    TREND
}
