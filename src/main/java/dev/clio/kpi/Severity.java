package dev.clio.kpi;

/** Alert severities of the runbook: critical pages at once, warning is investigated within 30 minutes. */
public enum Severity {
    CRITICAL, WARNING
}
