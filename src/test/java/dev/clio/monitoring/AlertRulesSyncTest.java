package dev.clio.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.kpi.AlertCondition;
import dev.clio.kpi.AlertRule;
import dev.clio.kpi.KpiCatalog;
import dev.clio.kpi.KpiDefinition;
import dev.clio.kpi.Threshold;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * packaging/monitoring/alerts.yml and the console's rules (kpi/alerts.yaml over kpi/kpis.yaml) say the same thing:
 * one Prometheus rule per console rule with the KPI's promql compared with the same threshold, the same {@code for},
 * the severity and the runbook procedure. Only rules over a KPI without promql are absent.
 */
class AlertRulesSyncTest {

    private final KpiCatalog catalog = KpiCatalog.defaults();

    @Test
    void every_console_rule_has_its_prometheus_rule_and_nothing_else_is_there() throws Exception {
        Map<String, Map<String, Object>> prometheus = prometheusRules();
        List<String> expected = catalog.rules().stream().filter(r -> expression(r) != null).map(AlertRule::id)
                .toList();
        assertThat(prometheus.keySet()).containsExactlyElementsOf(expected);
        assertThat(catalog.rules().stream().filter(r -> expression(r) == null).map(AlertRule::id))
                .as("console rules without a Prometheus form").containsExactly("daily_active_users_critical");
    }

    @Test
    void each_rule_has_the_same_expression_threshold_for_severity_and_runbook() throws Exception {
        Map<String, Map<String, Object>> prometheus = prometheusRules();
        for (AlertRule rule : catalog.rules()) {
            String expr = expression(rule);
            if (expr == null) {
                continue;
            }
            Map<String, Object> p = prometheus.get(rule.id());
            assertThat(p.get("expr")).as(rule.id() + " expr").isEqualTo(expr);
            assertThat(duration(String.valueOf(p.get("for")))).as(rule.id() + " for").isEqualTo(rule.pendingFor());
            Map<?, ?> labels = (Map<?, ?>) p.get("labels");
            assertThat(labels.get("severity")).as(rule.id() + " severity")
                    .isEqualTo(rule.severity().name().toLowerCase(Locale.ROOT));
            assertThat(labels.get("kpi")).as(rule.id() + " kpi").isEqualTo(rule.condition().kpi());
            Map<?, ?> annotations = (Map<?, ?>) p.get("annotations");
            assertThat(annotations.get("runbook")).as(rule.id() + " runbook").isEqualTo(rule.runbook());
            String slug = rule.runbook().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            assertThat(annotations.get("runbook_id")).isEqualTo(slug);
            assertThat(annotations.get("runbook_url")).isEqualTo("docs/monitoring.md#" + slug);
            assertThat(String.valueOf(annotations.get("summary"))).startsWith(rule.title() + ": ");
            assertThat(String.valueOf(annotations.get("description"))).contains(rule.runbook());
        }
    }

    @Test
    void the_runbook_links_point_at_sections_of_the_monitoring_docs() throws Exception {
        String docs = Files.readString(java.nio.file.Path.of("docs", "monitoring.md"));
        for (AlertRule rule : catalog.rules()) {
            assertThat(docs).as("docs/monitoring.md has a section for " + rule.runbook())
                    .contains("### " + rule.runbook() + "\n");
        }
    }

    /** What alerts.yml must say for this console rule; null when its KPI has no promql. */
    static String expression(AlertRule rule) {
        AlertCondition c = rule.condition();
        if (c.kind() == AlertCondition.Kind.HEALTH) {
            return "up{job=\"cli-orchestrator\"} == 0";
        }
        KpiDefinition kpi = KpiCatalog.defaults().kpi(c.kpi()).orElseThrow();
        if (kpi.promqlOrNull() == null) {
            return null;
        }
        String op;
        double threshold;
        if (c.kind() == AlertCondition.Kind.LEVEL) {
            Threshold t = c.level() == dev.clio.kpi.Level.CRITICAL ? kpi.critical() : kpi.warning();
            op = t.op();
            threshold = t.value();
        } else {
            op = c.op();
            threshold = c.threshold();
        }
        return "(" + kpi.promqlOrNull().instant() + ") " + op + " " + number(threshold);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static Duration duration(String text) {
        long n = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            default -> throw new AssertionError("unexpected duration " + text);
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> prometheusRules() throws Exception {
        Map<String, Object> doc = new Yaml().load(Files.readString(Tools.MONITORING.resolve("alerts.yml")));
        List<Map<String, Object>> groups = (List<Map<String, Object>>) doc.get("groups");
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (Map<String, Object> group : groups) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                assertThat(out.put(String.valueOf(rule.get("alert")), rule)).as("duplicate " + rule.get("alert"))
                        .isNull();
            }
        }
        return out;
    }
}
