package dev.clio.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped tables are the runbook's, and a workspace can override them without being able to break them. */
class KpiCatalogTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        api_response_time_p95|system|ms|LOWER_IS_BETTER|200|<200ms|500|>500ms|1000|>1000ms
        api_error_rate|system|%|LOWER_IS_BETTER|0.5|<0.5%|2|>2%|5|>5%
        workflow_success_rate|system|%|HIGHER_IS_BETTER|98|>98%|95|<95%|90|<90%
        service_uptime|system|%|HIGHER_IS_BETTER|99.9|>99.9%|99.5|<99.5%|99|<99%
        memory_usage|system|%|LOWER_IS_BETTER|75|<75%|85|>85%|95|>95%
        cpu_usage|system|%|LOWER_IS_BETTER|70|<70%|85|>85%|95|>95%
        disk_usage|system|%|LOWER_IS_BETTER|80|<80%|90|>90%|95|>95%
        daily_active_users|business|users|TREND|0|Growing|3|Declining 3 days|7|Declining 7 days
        token_efficiency|business|% of budget|LOWER_IS_BETTER|80|>80% budget|95|>95% budget|100|Budget exceeded
        workflow_completion_time|business|s|LOWER_IS_BETTER|120|<2 min avg|300|>5 min avg|600|>10 min avg
        artifact_generation_rate|business|%|HIGHER_IS_BETTER|95|>95% success|90|<90% success|80|<80% success
        failed_auth_rate|security|%|LOWER_IS_BETTER|1|<1%|5|>5%|10|>10%
        permission_denials|security|%|LOWER_IS_BETTER|2|<2%|10|>10%|20|>20%
        suspicious_activity|security|incidents|LOWER_IS_BETTER|0|0 incidents|1|1+ incidents|3|3+ incidents
        api_key_misuse|security|incidents|LOWER_IS_BETTER|0|0 incidents|1|1+ incidents|2|Multiple incidents
        """)
    void everyKpiCarriesTheRunbooksNumbersAndWording(String id, String table, String unit, Direction direction,
            double target, String targetText, double warning, String warningText, double critical,
            String criticalText) {
        KpiDefinition k = KpiCatalog.defaults().kpi(id).orElseThrow();
        assertThat(k.table()).isEqualTo(table);
        assertThat(k.unit()).isEqualTo(unit);
        assertThat(k.direction()).isEqualTo(direction);
        assertThat(k.target().value()).isEqualTo(target);
        assertThat(k.target().text()).isEqualTo(targetText);
        assertThat(k.warning().value()).isEqualTo(warning);
        assertThat(k.warning().text()).isEqualTo(warningText);
        assertThat(k.critical().value()).isEqualTo(critical);
        assertThat(k.critical().text()).isEqualTo(criticalText);
        assertThat(k.runbook()).isNotBlank();
    }

    @Test
    void theDefaultsHoldFifteenKpisAndTheFiveNamedRulesPlusOnePerCriticalThreshold() {
        KpiCatalog c = KpiCatalog.defaults();
        assertThat(c.problems()).isEmpty();
        assertThat(c.kpis()).hasSize(15);
        assertThat(c.staleAfter()).isEqualTo(Duration.ofMinutes(2));
        rule(c, "service_down", AlertCondition.health(), Duration.ZERO, Severity.CRITICAL, Duration.ofMinutes(5));
        rule(c, "high_error_rate", AlertCondition.threshold("api_error_rate", ">", 5), Duration.ofMinutes(5),
                Severity.CRITICAL, Duration.ofMinutes(10));
        rule(c, "workflow_execution_failures", AlertCondition.threshold("workflow_success_rate", "<", 50),
                Duration.ofMinutes(5), Severity.CRITICAL, Duration.ofMinutes(10));
        rule(c, "high_response_time", AlertCondition.level("api_response_time_p95", Level.WARNING),
                Duration.ofMinutes(5), Severity.WARNING, Duration.ofMinutes(30));
        rule(c, "high_memory_usage", AlertCondition.level("memory_usage", Level.WARNING), Duration.ofMinutes(5),
                Severity.WARNING, Duration.ofMinutes(30));
        for (KpiDefinition k : c.kpis()) {
            AlertRule r = c.rule(k.id() + "_critical").orElseThrow();
            assertThat(r.condition()).isEqualTo(AlertCondition.level(k.id(), Level.CRITICAL));
            assertThat(r.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(r.runbook()).isEqualTo(k.runbook());
        }
        assertThat(c.rules()).hasSize(20);
        assertThat(c.rule("service_down").orElseThrow().runbook()).isEqualTo("Service Down Alert");
    }

    private static void rule(KpiCatalog c, String id, AlertCondition condition, Duration pendingFor,
            Severity severity, Duration response) {
        AlertRule r = c.rule(id).orElseThrow();
        assertThat(r.condition()).as(id).isEqualTo(condition);
        assertThat(r.pendingFor()).as(id).isEqualTo(pendingFor);
        assertThat(r.severity()).as(id).isEqualTo(severity);
        assertThat(r.responseTarget()).as(id).isEqualTo(response);
    }

    @Test
    void aWorkspaceOverridesOnlyTheFieldsItGives() throws Exception {
        Workspace ws = workspace("""
                stale_after: 5m
                kpis:
                  - id: api_response_time_p95
                    warning: {value: 600}
                    hysteresis: 10
                """, """
                alerts:
                  - id: high_error_rate
                    for: 2m
                  - id: cpu_usage_critical
                    enabled: false
                  - id: cpu_hot
                    title: CPU hot
                    condition: {kpi: cpu_usage, op: ">=", threshold: 80}
                    for: 10m
                    severity: warning
                    response: 30m
                """);
        KpiCatalog c = KpiCatalog.load(ws);
        assertThat(c.problems()).isEmpty();
        KpiDefinition p95 = c.kpi("api_response_time_p95").orElseThrow();
        assertThat(p95.warning()).isEqualTo(new Threshold(600, ">", ">600 ms"));
        assertThat(p95.critical().value()).isEqualTo(1000);
        assertThat(p95.hysteresis()).isEqualTo(10);
        assertThat(c.staleAfter()).isEqualTo(Duration.ofMinutes(5));
        assertThat(c.rule("high_error_rate").orElseThrow().pendingFor()).isEqualTo(Duration.ofMinutes(2));
        assertThat(c.rule("high_error_rate").orElseThrow().severity()).isEqualTo(Severity.CRITICAL);
        assertThat(c.rule("cpu_usage_critical")).isEmpty();
        assertThat(c.rule("cpu_hot").orElseThrow().condition())
                .isEqualTo(AlertCondition.threshold("cpu_usage", ">=", 80));
    }

    @Test
    void aBrokenOverrideFileSaysWhereAndKeepsTheDefaults() throws Exception {
        Workspace ws = workspace("kpis:\n  - id: memory_usage\n    warning: {value: 80\n", "alerts: [oops\n");
        KpiCatalog c = KpiCatalog.load(ws);
        assertThat(c.kpi("memory_usage").orElseThrow().warning().value()).isEqualTo(85);
        assertThat(c.rules()).hasSize(20);
        assertThat(c.problems()).hasSize(2);
        assertThat(c.problems().get(0).toString()).matches(".*config/kpis\\.yaml:\\d+: not valid YAML: .*"
                + "using the defaults");
        assertThat(c.problems().get(1).toString()).endsWith("config/alerts.yaml:1: each entry of 'alerts' must be "
                + "a mapping with an 'id'; using the defaults");
    }

    @Test
    void aBadEntryIsReportedWithItsLineAndTheRestStillApplies() throws Exception {
        Workspace ws = workspace("""
                kpis:
                  - id: memory_usage
                    critical: {value: 50}
                  - id: cpu_usage
                    warning: 80
                  - id: no_such_kpi
                    title: x
                  - id: disk_usage
                    colour: red
                """, """
                alerts:
                  - id: high_memory_usage
                    severity: urgent
                  - id: mine
                    title: Mine
                    condition: {kpi: nope, level: critical}
                    for: 1m
                    severity: critical
                    response: 5m
                """);
        KpiCatalog c = KpiCatalog.load(ws);
        assertThat(c.kpi("memory_usage").orElseThrow().critical().value()).isEqualTo(95);
        assertThat(c.kpi("cpu_usage").orElseThrow().warning()).isEqualTo(new Threshold(80, ">", ">80%"));
        assertThat(c.rule("high_memory_usage").orElseThrow().severity()).isEqualTo(Severity.WARNING);
        assertThat(c.rule("mine")).isEmpty();
        assertThat(c.problems()).extracting(CatalogProblem::toString).satisfiesExactly(
                p -> assertThat(p).endsWith("kpis.yaml:2: kpi 'memory_usage': critical 50 is less severe than "
                        + "warning 85; swap them; using the default"),
                p -> assertThat(p).contains("kpis.yaml:6: unknown KPI 'no_such_kpi'; the KPIs are ["),
                p -> assertThat(p).contains("kpis.yaml:8: kpi 'disk_usage': unknown field(s) [colour]"),
                p -> assertThat(p).contains("alerts.yaml:2: alert 'high_memory_usage': 'severity' is 'urgent' but "
                        + "must be one of [critical, warning]; using the default"),
                p -> assertThat(p).contains("alerts.yaml:4: alert 'mine': condition names KPI 'nope', which is "
                        + "not defined").endsWith("rule left out"));
    }

    @Test
    void aKpiOverrideThatBreaksADefaultRuleLeavesThatRuleOutWithAReason() throws Exception {
        Workspace ws = workspace("""
                kpis:
                  - id: api_error_rate
                    direction: trend
                    warning: {value: 3}
                    critical: {value: 7}
                """, null);
        KpiCatalog c = KpiCatalog.load(ws);
        assertThat(c.kpi("api_error_rate").orElseThrow().direction()).isEqualTo(Direction.TREND);
        assertThat(c.rule("high_error_rate")).isEmpty();
        assertThat(c.rule("api_error_rate_critical")).isPresent();
        assertThat(c.problems()).singleElement().asString().contains("alert 'high_error_rate' does not fit");
    }

    @Test
    void badSettingsAreReportedAndTheDefaultStaleLimitStands() throws Exception {
        Workspace ws = workspace("stale_after: soon\ncolour: red\n", "rules: []\n");
        KpiCatalog c = KpiCatalog.load(ws);
        assertThat(c.staleAfter()).isEqualTo(Duration.ofMinutes(2));
        assertThat(c.problems()).extracting(CatalogProblem::toString).satisfiesExactly(
                p -> assertThat(p).endsWith("kpis.yaml: unknown setting 'colour'; the settings are [stale_after] "
                        + "and 'kpis'"),
                p -> assertThat(p).endsWith("alerts.yaml: unknown setting 'rules'; only 'alerts'"),
                p -> assertThat(p).endsWith("kpis.yaml: 'stale_after': 'soon' is not a duration; use a number and a "
                        + "unit s, m, h or d, e.g. 10m, 1h, 24h, 7d; using 2m"));
    }

    private Workspace workspace(String kpis, String alerts) throws Exception {
        Workspace ws = new Workspace(temp);
        Files.createDirectories(ws.config());
        if (kpis != null) {
            Files.writeString(ws.config().resolve("kpis.yaml"), kpis);
        }
        if (alerts != null) {
            Files.writeString(ws.config().resolve("alerts.yaml"), alerts);
        }
        return ws;
    }

    @Test
    void noOverrideFilesMeansTheDefaults() {
        KpiCatalog c = KpiCatalog.load(new Workspace(temp));
        assertThat(c).isEqualTo(KpiCatalog.defaults());
        assertThat(List.copyOf(c.kpis())).extracting(KpiDefinition::id).startsWith("api_response_time_p95");
    }
}
