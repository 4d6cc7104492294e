package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.ops.OpsJson;
import dev.clio.ops.Resources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpsCommandsTest {

    @TempDir
    Path temp;
    OpsCli cli;

    @BeforeEach
    void workspace() throws Exception {
        cli = OpsCli.create(temp);
    }

    @Test
    void healthPutsTheStatusFirstAndFailsWhenUnhealthy() throws Exception {
        OpsCli.Result ok = cli.run("health");
        assertThat(ok.code()).isZero();
        assertThat(ok.out().lines().findFirst().orElseThrow()).matches("Status:\\s+healthy");
        assertThat(ok.out()).contains("CHECK").contains("workflow_schemas");
        Files.delete(cli.ws.schemas().resolve("workflow.schema.json"));
        OpsCli.Result bad = cli.run("health");
        assertThat(bad.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(bad.out()).startsWith("Status:").contains("unhealthy");
        JsonNode json = json(cli.run("health", "--format", "json"));
        assertThat(json.get("status").asText()).isEqualTo("unhealthy");
        assertThat(json.get("checks").get(0).get("name").asText()).isEqualTo("workflow_schemas");
    }

    @Test
    void infoShowsVersionEnvironmentAndUptime() throws Exception {
        OpsCli.Result text = cli.run("info");
        assertThat(text.code()).isZero();
        assertThat(text.out()).containsPattern("Environment:\\s+development").contains("Uptime:").contains("1h 2m 5s");
        JsonNode json = json(cli.run("info", "--format", "json"));
        assertThat(json.get("uptime_seconds").asLong()).isEqualTo(3725);
        assertThat(json.get("started_at").asText()).isEqualTo("2026-12-01T10:00:00Z");
    }

    @Test
    void metricsTakesAWindowAndPrintsErrorsByKind() throws Exception {
        OpsCli.Result text = cli.run("metrics", "--window", "5m");
        assertThat(text.code()).isZero();
        assertThat(text.out()).containsPattern("Window:\\s+5m").contains("6 (3.00%)").contains("p95 80.0 ms")
                .contains("http_5xx").contains("/health");
        assertThat(text.out().indexOf("http_5xx")).isLessThan(text.out().indexOf("workflow_failed"));
        JsonNode json = json(cli.run("metrics", "--window", "5m", "--format", "json"));
        assertThat(json.get("window").asText()).isEqualTo("5m");
        assertThat(json.get("errors").get("http_5xx").asLong()).isEqualTo(6);
        OpsCli.Result bad = cli.run("metrics", "--window", "an hour");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(bad.err().strip()).startsWith("error: --window: 'an hour' is not a duration").doesNotContain("\n");
    }

    @Test
    void tokensShowUsageAgainstBudgetAndTopWorkflowsFirst() throws Exception {
        OpsCli.Result text = cli.run("tokens");
        assertThat(text.out()).contains("1200 (1.20% of budget)").contains("not at this rate");
        assertThat(text.out().indexOf("PY_EDIT_TRIAGE")).isLessThan(text.out().indexOf("HELLO"));
        assertThat(json(cli.run("tokens", "--format", "json")).get("daily_usage").asLong()).isEqualTo(1200);
    }

    @Test
    void logsFilterByLevelAndPrintOneLinePerEntry() throws Exception {
        OpsCli.Result text = cli.run("logs", "--since", "10m", "--level", "error");
        assertThat(text.code()).isZero();
        assertThat(text.out().lines().toList()).singleElement().asString()
                .isEqualTo("2026-12-01 10:00:00Z  ERROR  workflow_execution_failed  [HELLO]  step 1.001 failed");
        JsonNode json = json(cli.run("logs", "--format", "json"));
        assertThat(json.get("entries")).hasSize(2);
        assertThat(json.get("entries").get(1).get("workflow_name").asText()).isEqualTo("HELLO");
        assertThat(cli.run("logs", "--limit", "0").err()).startsWith("error: --limit 0 is not between 1 and 1000");
    }

    @Test
    void configShowMasksSecretsInTextAndJson() throws Exception {
        OpsCli.Result text = cli.run("config", "show");
        assertThat(text.out()).contains("KEY").contains("port").contains("8080").contains("********")
                .doesNotContain("sk-very-secret");
        OpsCli.Result json = cli.run("config", "show", "--format", "json");
        assertThat(json.out()).doesNotContain("sk-very-secret");
        assertThat(json(json).get("config").get(0).get("key").asText()).isEqualTo("port");
    }

    @Test
    void configValidateFailsOnErrorsButNotOnWarnings() throws Exception {
        assertThat(cli.run("config", "validate").out()).startsWith("Config OK");
        cli.embedded.findings = List.of(new Resources.ConfigFinding("warning", "environment", "is development"));
        OpsCli.Result warned = cli.run("config", "validate");
        assertThat(warned.code()).isZero();
        assertThat(warned.out()).startsWith("Config OK: 0 error(s), 1 warning(s)");
        cli.embedded.findings = List.of(new Resources.ConfigFinding("error", "port", "not a number: 'x'"));
        OpsCli.Result failed = cli.run("config", "validate");
        assertThat(failed.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(failed.out()).startsWith("Config errors: 1 error(s)").contains("not a number: 'x'");
        JsonNode json = json(cli.run("config", "validate", "--format", "json"));
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("findings").get(0).get("severity").asText()).isEqualTo("error");
    }

    @Test
    void artifactsListShowsSizesAndTotals() throws Exception {
        assertThat(cli.run("artifacts", "list").out()).startsWith("No artifacts yet");
        Files.writeString(cli.ws.artifacts().resolve("diagnostics.json"), "x".repeat(2048));
        OpsCli.Result text = cli.run("artifacts", "list");
        assertThat(text.out()).contains("artifacts/diagnostics.json").contains("2.0 KiB").contains("1 file(s)");
        JsonNode json = json(cli.run("artifacts", "list", "--format", "json"));
        assertThat(json.get("artifacts").get(0).get("size_bytes").asLong()).isEqualTo(2048);
    }

    @Test
    void systemShowsMemoryCpuAndDisk() throws Exception {
        OpsCli.Result text = cli.run("system");
        assertThat(text.out()).containsPattern("Memory:\\s+40.0% of the machine").contains("300.0 MiB")
                .contains("100.0 MiB of 1.0 GiB").contains("2 cores").contains("50.0 GiB of 100.0 GiB");
        assertThat(json(cli.run("system", "--format", "json")).get("open_files").asLong()).isEqualTo(42);
    }

    @Test
    void dbCommandsPrintTheirTablesAndNotes() throws Exception {
        assertThat(cli.run("db", "status").out()).containsPattern("Status:\\s+reachable").contains("sqlite");
        OpsCli.Result activity = cli.run("db", "activity");
        assertThat(activity.out()).startsWith("Connections by state").contains("STATE").contains("active");
        assertThat(cli.run("db", "slow-queries").out()).contains("SQLite keeps no query statistics");
        assertThat(cli.run("db", "locks").out()).contains("(none)");
        JsonNode json = json(cli.run("db", "activity", "--format", "json"));
        assertThat(json.get("columns").get(0).asText()).isEqualTo("state");
        assertThat(json(cli.run("db", "status", "--format", "json")).get("latency_ms").asDouble()).isEqualTo(0.4);
    }

    @Test
    void auditListsRemediationsNewestFirstAndValidatesTheResult() throws Exception {
        assertThat(cli.run("audit").out()).startsWith("No audit records since");
        cli.run("db", "vacuum", "--yes");
        cli.run("system", "--gc", "--yes");
        OpsCli.Result text = cli.run("audit", "--since", "1h");
        assertThat(text.out().indexOf("system.gc")).isLessThan(text.out().indexOf("db.vacuum"));
        JsonNode json = json(cli.run("audit", "--action", "db.", "--format", "json"));
        assertThat(json.get("entries")).hasSize(1);
        assertThat(json.get("entries").get(0).get("action").asText()).isEqualTo("db.vacuum");
        OpsCli.Result bad = cli.run("audit", "--result", "maybe");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(bad.err()).startsWith("error: --result 'maybe' is not one of ok, error, refused");
    }

    @Test
    void theRootHelpListsEveryOperationsCommand() {
        String help = cli.raw("--help").out();
        for (String command : List.of("health", "info", "metrics", "tokens", "logs", "config", "artifacts", "system",
                "db", "audit")) {
            assertThat(help).containsPattern("\\n\\s+" + command + "\\s");
        }
        assertThat(cli.raw("db", "--help").out()).contains("slow-queries").contains("create-indexes");
    }

    static JsonNode json(OpsCli.Result result) throws Exception {
        assertThat(result.err()).isEmpty();
        return OpsJson.mapper().readTree(result.out());
    }
}
