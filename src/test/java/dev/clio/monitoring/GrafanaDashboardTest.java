package dev.clio.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clio.kpi.Direction;
import dev.clio.kpi.KpiCatalog;
import dev.clio.kpi.KpiDefinition;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * packaging/monitoring/grafana-dashboard.json is valid JSON with one panel per KPI of the runbook, each querying the
 * KPI's promql (range form) with the runbook's warning and critical values as thresholds.
 */
class GrafanaDashboardTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private final KpiCatalog catalog = KpiCatalog.defaults();

    @Test
    void every_kpi_has_one_panel_titled_after_it_and_nothing_else_is_there() throws Exception {
        Map<String, JsonNode> panels = panelsByTitle();
        assertThat(panels.keySet()).containsExactlyElementsOf(catalog.kpis().stream().map(KpiDefinition::title)
                .toList());
    }

    @Test
    void each_panel_queries_the_kpis_promql_with_its_thresholds() throws Exception {
        Map<String, JsonNode> panels = panelsByTitle();
        for (KpiDefinition kpi : catalog.kpis()) {
            JsonNode panel = panels.get(kpi.title());
            if (kpi.promqlOrNull() == null) {
                assertThat(panel.path("type").asText()).as(kpi.id()).isEqualTo("text");
                assertThat(panel.path("options").path("content").asText()).contains("no Prometheus form");
                continue;
            }
            assertThat(panel.path("type").asText()).isEqualTo("timeseries");
            assertThat(panel.path("targets")).hasSize(1);
            assertThat(panel.path("targets").get(0).path("expr").asText()).as(kpi.id() + " expr")
                    .isEqualTo(kpi.promqlOrNull().range());
            List<Double> steps = new ArrayList<>();
            for (JsonNode step : panel.path("fieldConfig").path("defaults").path("thresholds").path("steps")) {
                if (!step.path("value").isNull()) {
                    steps.add(step.path("value").asDouble());
                }
            }
            List<Double> expected = kpi.direction() == Direction.HIGHER_IS_BETTER
                    ? List.of(kpi.critical().value(), kpi.warning().value())
                    : List.of(kpi.warning().value(), kpi.critical().value());
            assertThat(steps).as(kpi.id() + " thresholds").isEqualTo(expected);
            assertThat(panel.path("description").asText()).contains(kpi.runbook());
        }
    }

    @Test
    void the_datasource_is_a_variable_so_the_dashboard_imports_anywhere() throws Exception {
        JsonNode dash = JSON.readTree(Files.readString(Tools.MONITORING.resolve("grafana-dashboard.json")));
        assertThat(dash.path("uid").asText()).isEqualTo("cli-orchestrator-kpis");
        assertThat(dash.path("templating").path("list").get(0).path("type").asText()).isEqualTo("datasource");
        for (JsonNode panel : dash.path("panels")) {
            if (panel.has("targets")) {
                assertThat(panel.path("datasource").path("uid").asText()).isEqualTo("${datasource}");
            }
        }
    }

    private static Map<String, JsonNode> panelsByTitle() throws Exception {
        JsonNode dash = JSON.readTree(Files.readString(Tools.MONITORING.resolve("grafana-dashboard.json")));
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode panel : dash.path("panels")) {
            if (!"row".equals(panel.path("type").asText())) {
                assertThat(out.put(panel.path("title").asText(), panel)).as("duplicate " + panel.path("title"))
                        .isNull();
            }
        }
        return out;
    }
}
