package dev.clio.kpi;

import java.time.Duration;

/**
 * One alert rule, as data.
 *
 * @param pendingFor how long the condition must hold before the alert fires ({@code for}); zero fires at once
 * @param responseTarget how soon someone must respond once it fires
 * @param runbook the runbook procedure it links to
 */
public record AlertRule(String id, String title, AlertCondition condition, Duration pendingFor, Severity severity,
        Duration responseTarget, String runbook) {
}
