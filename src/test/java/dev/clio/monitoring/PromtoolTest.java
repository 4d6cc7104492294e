package dev.clio.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** packaging/monitoring through Debian's promtool: the config, the rules and the rules' unit tests. */
class PromtoolTest {

    @TempDir
    Path dir;

    @Test
    void the_scrape_config_is_valid_with_its_rule_file_and_key_file() throws Exception {
        Files.copy(Tools.MONITORING.resolve("prometheus.yml"), dir.resolve("prometheus.yml"));
        Files.copy(Tools.MONITORING.resolve("alerts.yml"), dir.resolve("alerts.yml"));
        Files.writeString(dir.resolve("cli-orchestrator.key"), "clio_example\n");
        Tools.Result r = Tools.promtool(dir, "check", "config", "prometheus.yml");
        assertThat(r.exit()).as(r.output()).isZero();
        long rules = dev.clio.kpi.KpiCatalog.defaults().rules().stream()
                .filter(rule -> AlertRulesSyncTest.expression(rule) != null).count();
        assertThat(r.output()).contains("SUCCESS: " + rules + " rules found");
    }

    @Test
    void the_scrape_config_fails_without_the_key_file_it_names() throws Exception {
        Files.copy(Tools.MONITORING.resolve("prometheus.yml"), dir.resolve("prometheus.yml"));
        Files.copy(Tools.MONITORING.resolve("alerts.yml"), dir.resolve("alerts.yml"));
        Tools.Result r = Tools.promtool(dir, "check", "config", "prometheus.yml");
        assertThat(r.exit()).isNotZero();
        assertThat(r.output()).contains("cli-orchestrator.key");
    }

    @Test
    void the_rules_are_valid() throws Exception {
        Tools.Result r = Tools.promtool(Tools.MONITORING, "check", "rules", "alerts.yml");
        assertThat(r.exit()).as(r.output()).isZero();
    }

    @Test
    void every_rule_unit_test_passes() throws Exception {
        List<String> files;
        try (Stream<Path> s = Files.list(Tools.MONITORING.resolve("tests"))) {
            files = s.map(p -> "tests/" + p.getFileName()).filter(n -> n.endsWith(".yml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(14);
        String[] args = Stream.concat(Stream.of("test", "rules"), files.stream()).toArray(String[]::new);
        Tools.Result r = Tools.promtool(Tools.MONITORING, args);
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).doesNotContain("FAILED");
    }

    @Test
    void a_rule_unit_test_notices_a_changed_threshold() throws Exception {
        String rules = Files.readString(Tools.MONITORING.resolve("alerts.yml"));
        assertThat(rules).contains(") > 1000'");
        Files.createDirectories(dir.resolve("tests"));
        Files.writeString(dir.resolve("alerts.yml"), rules.replace(") > 1000'", ") > 3000'"));
        Files.copy(Tools.MONITORING.resolve("tests/api_response_time_p95.yml"),
                dir.resolve("tests/api_response_time_p95.yml"));
        Tools.Result r = Tools.promtool(dir, "test", "rules", "tests/api_response_time_p95.yml");
        assertThat(r.exit()).isNotZero();
        assertThat(r.output()).contains("api_response_time_p95_critical");
    }
}
