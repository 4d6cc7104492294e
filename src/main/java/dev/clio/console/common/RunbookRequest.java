package dev.clio.console.common;

import java.util.List;

/**
 * A request from another view (an alert's "Open runbook", a KPI history's link) to show the runbook that answers
 * it, with what the operator was looking at. The Runbooks view finds the runbook by id, else by alert rule id, else
 * by KPI id, and shows {@code context} at the top of its panel.
 *
 * @param runbookIdOrNull a runbook id when the caller knows it
 * @param alertRuleIdOrNull an alert rule id of kpi/alerts.yaml (runbooks list the alerts they answer)
 * @param kpiIdOrNull a KPI id of kpi/kpis.yaml (runbooks list the KPIs they answer)
 * @param origin what the request came from, e.g. {@code Alert Service Down: firing, critical}
 * @param context ready-to-show lines: the values and since when, e.g. {@code Since: 14:02:11 (3 min ago)}
 */
public record RunbookRequest(String runbookIdOrNull, String alertRuleIdOrNull, String kpiIdOrNull, String origin,
        List<String> context) {

    public RunbookRequest {
        origin = origin == null ? "" : origin;
        context = List.copyOf(context);
    }

    public static RunbookRequest forAlert(String ruleId, String origin, List<String> context) {
        return new RunbookRequest(null, ruleId, null, origin, context);
    }

    public static RunbookRequest forKpi(String kpiId, String origin, List<String> context) {
        return new RunbookRequest(null, null, kpiId, origin, context);
    }
}
