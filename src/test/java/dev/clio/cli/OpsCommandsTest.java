package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.ops.OpsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Operations command, in text and json, against a real workspace and its embedded engine. */
class OpsCommandsTest {

    @TempDir
    Path temp;
    OpsCli cli;

    @BeforeEach
    void workspace() throws Exception {
        cli = OpsCli.create(temp, Map.of("CLI_ORCHESTRATOR_JWT_SECRET", "jwt-very-secret-value"));
    }

    @AfterEach
    void close() {
        cli.close();
    }

    @Test
    void healthPutsTheStatusFirstAndFailsWhenUnhealthy() throws Exception {
        OpsCli.Result ok = cli.run("health");
        assertThat(ok.code()).as(ok.out()).isZero();
        assertThat(ok.out().lines().findFirst().orElseThrow()).matches("Status:\\s+(healthy|degraded)");
        assertThat(ok.out()).contains("CHECK").containsPattern("workflow_schemas\\s+healthy");
        Files.delete(cli.ws.schemas().resolve("workflow.schema.json"));
        OpsCli.Result bad = cli.run("health");
        assertThat(bad.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(bad.out().lines().findFirst().orElseThrow()).matches("Status:\\s+unhealthy");
        assertThat(bad.out()).containsPattern("workflow_schemas\\s+unhealthy\\s+.*workflow.schema.json is missing");
        JsonNode json = json(cli.run("health", "--format", "json"));
        assertThat(json.get("status").asText()).isEqualTo("unhealthy");
        assertThat(json.get("checks").findValuesAsText("name")).contains("workflow_schemas", "execution_store");
    }

    @Test
    void infoShowsVersionEnvironmentAndUptime() throws Exception {
        OpsCli.Result text = cli.run("info");
        assertThat(text.code()).isZero();
        assertThat(text.out()).startsWith("Name:").containsPattern("Environment:\\s+development")
                .containsPattern("Mode:\\s+embedded").containsPattern("Uptime:\\s+0h 0m \\d+s");
        JsonNode json = json(cli.run("info", "--format", "json"));
        assertThat(json.get("environment").asText()).isEqualTo("development");
        assertThat(json.get("started_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void metricsCountExecutionsAndFailuresOverTheWindow() throws Exception {
        cli.execute("HELLO.yaml");
        cli.execute("ALWAYS_FAILS.yaml");
        OpsCli.Result text = cli.run("metrics", "--window", "5m");
        assertThat(text.code()).isZero();
        assertThat(text.out()).containsPattern("Window:\\s+5m").containsPattern("Executions:\\s+2 \\(1 succeeded, "
                + "1 failed\\)").containsPattern("Success rate:\\s+50.00%").containsPattern("workflow_failed\\s+1");
        JsonNode json = json(cli.run("metrics", "--window", "5m", "--format", "json"));
        assertThat(json.get("workflow_executions").asLong()).isEqualTo(2);
        assertThat(json.get("errors").get("workflow_failed").asLong()).isEqualTo(1);
        OpsCli.Result bad = cli.run("metrics", "--window", "an hour");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(bad.err().lines().toList()).singleElement().asString()
                .startsWith("error: --window: 'an hour' is not a duration");
    }

    @Test
    void anEmptyWindowShowsNoRateRatherThanZero() {
        assertThat(cli.run("metrics").out()).containsPattern("Success rate:\\s+-").doesNotContain("ERROR ");
    }

    @Test
    void tokensShowUsageAgainstTheBudget() throws Exception {
        OpsCli.Result text = cli.run("tokens");
        assertThat(text.out()).containsPattern("Used today:\\s+0 \\(0.00% of budget\\)")
                .containsPattern("Budget:\\s+200000").contains("not at this rate");
        JsonNode json = json(cli.run("tokens", "--format", "json"));
        assertThat(json.get("budget").asLong()).isEqualTo(200_000);
        assertThat(json.get("remaining").asLong()).isEqualTo(200_000);
    }

    @Test
    void logsFilterByLevelEventAndWorkflow() throws Exception {
        assertThat(cli.run("logs").out()).isEqualTo("No log lines match (since 1h).\n");
        cli.execute("HELLO.yaml");
        cli.execute("ALWAYS_FAILS.yaml");
        OpsCli.Result errors = cli.run("logs", "--since", "10m", "--level", "error");
        assertThat(errors.code()).isZero();
        assertThat(errors.out().lines().toList()).isNotEmpty().allSatisfy(line -> assertThat(line)
                .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ  ERROR  .*\\[Always Fails\\].*"));
        OpsCli.Result hello = cli.run("logs", "--workflow", "Hello", "--event", "workflow_completed");
        assertThat(hello.out().lines().toList()).singleElement().asString()
                .contains("INFO   workflow_completed  [Hello]  Workflow Hello succeeded");
        JsonNode json = json(cli.run("logs", "--limit", "2", "--format", "json"));
        assertThat(json.get("entries")).hasSize(2);
        assertThat(json.get("entries").get(0).has("workflow_name")).isTrue();
        OpsCli.Result limit = cli.run("logs", "--limit", "0");
        assertThat(limit.err()).startsWith("error: --limit 0 is not between 1 and 1000");
    }

    @Test
    void hostileLogTextCannotDriveTheTerminal() throws Exception {
        String line = "{\"timestamp\":\"" + java.time.Instant.now() + "\",\"level\":\"ERROR\",\"event\":\"x\","
                + "\"message\":\"bad\\u001b[2Jthing\\nsecond\",\"workflow_name\":\"W\"}\n";
        Files.createDirectories(cli.ws.logs());
        Files.writeString(cli.ws.engineLog(), line, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        OpsCli.Result run = cli.run("logs", "--level", "ERROR");
        assertThat(run.out()).doesNotContain("\u001b").contains("bad [2Jthing second");
        assertThat(run.out().lines()).hasSize(1);
    }

    @Test
    void configShowMasksSecretsInTextAndJson() throws Exception {
        OpsCli.Result text = cli.run("config", "show");
        assertThat(text.out()).startsWith("KEY").containsPattern("port\\s+8080\\s+default")
                .containsPattern("jwt_secret\\s+\\*{8}\\s+env").doesNotContain("jwt-very-secret-value");
        OpsCli.Result json = cli.run("config", "show", "--format", "json");
        assertThat(json.out()).doesNotContain("jwt-very-secret-value");
        assertThat(json(json).get("config").findValuesAsText("key")).contains("port", "database_url");
    }

    @Test
    void configValidateFailsOnErrorsButNotOnWarnings() throws Exception {
        OpsCli.Result warned = cli.run("config", "validate");
        assertThat(warned.code()).isZero();
        assertThat(warned.out()).startsWith("Config OK: 0 error(s), ").contains("warning").contains("ai_provider");
        Files.writeString(cli.ws.config().resolve("orchestrator.yaml"), "port: 99999\n");
        OpsCli.Result failed = cli.run("config", "validate");
        assertThat(failed.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(failed.out()).startsWith("Config errors: 1 error(s)")
                .containsPattern("\\nerror\\s+.*port: \"99999\" is not valid");
        JsonNode json = json(cli.run("config", "validate", "--format", "json"));
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("findings").get(0).get("severity").asText()).isEqualTo("error");
    }

    @Test
    void artifactsListShowsSizesAndTotals() throws Exception {
        assertThat(cli.run("artifacts", "list").out()).startsWith("No artifacts yet");
        Files.writeString(cli.ws.artifacts().resolve("diagnostics.json"), "x".repeat(2048));
        OpsCli.Result text = cli.run("artifacts", "list");
        assertThat(text.out()).startsWith("MODIFIED").contains("diagnostics.json").contains("2.0 KiB")
                .contains("1 file(s), 2.0 KiB");
        JsonNode json = json(cli.run("artifacts", "list", "--format", "json"));
        assertThat(json.get("artifacts").get(0).get("size_bytes").asLong()).isEqualTo(2048);
    }

    @Test
    void systemShowsMemoryCpuAndDisk() throws Exception {
        OpsCli.Result text = cli.run("system");
        assertThat(text.out()).startsWith("Memory:").containsPattern("Heap:\\s+[0-9.]+ MiB of [0-9.]+ [MG]iB")
                .containsPattern("CPU:.*" + Runtime.getRuntime().availableProcessors() + " cores")
                .containsPattern("Disk:\\s+[0-9.]+% \\(");
        JsonNode json = json(cli.run("system", "--format", "json"));
        assertThat(json.get("heap_used_bytes").asLong()).isPositive();
        assertThat(json.get("cores").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void dbCommandsOnSqliteSayWhatDoesNotApply() throws Exception {
        OpsCli.Result status = cli.run("db", "status");
        assertThat(status.code()).isZero();
        assertThat(status.out()).startsWith("Status:   reachable").containsPattern("Dialect:\\s+sqlite");
        for (String table : List.of("activity", "slow-queries", "locks")) {
            OpsCli.Result run = cli.run("db", table);
            assertThat(run.code()).isZero();
            assertThat(run.out()).as(table).contains("not applicable on SQLite");
        }
        JsonNode json = json(cli.run("db", "status", "--format", "json"));
        assertThat(json.get("reachable").asBoolean()).isTrue();
        assertThat(json(cli.run("db", "locks", "--format", "json")).get("rows")).isEmpty();
    }

    @Test
    void auditListsRemediationsNewestFirstAndFilters() throws Exception {
        assertThat(cli.run("audit").out()).startsWith("No audit records since");
        cli.run("db", "vacuum", "--yes");
        cli.run("system", "--gc", "--yes");
        OpsCli.Result text = cli.run("audit", "--since", "1h");
        assertThat(text.out()).startsWith("TIME").contains("local:" + System.getProperty("user.name"));
        assertThat(text.out().indexOf("system.gc")).isLessThan(text.out().indexOf("db.vacuum"));
        JsonNode json = json(cli.run("audit", "--action", "db.", "--format", "json"));
        assertThat(json.get("entries").findValuesAsText("action")).containsExactly("db.vacuum");
        assertThat(json(cli.run("audit", "--result", "error", "--format", "json")).get("entries")).isEmpty();
        OpsCli.Result bad = cli.run("audit", "--result", "maybe");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(bad.err()).startsWith("error: --result 'maybe' is not one of ok, error, refused");
    }

    @Test
    void theRootHelpListsEveryOperationsCommand() {
        String help = cli.raw("--help").out();
        for (String command : List.of("health", "info", "metrics", "tokens", "logs", "config", "artifacts", "system",
                "db", "audit", "adapters")) {
            assertThat(help).containsPattern("\\n\\s+" + command + "\\s");
        }
        assertThat(cli.raw("db", "--help").out()).contains("slow-queries").contains("create-indexes");
    }

    static JsonNode json(OpsCli.Result result) throws Exception {
        assertThat(result.err()).isEmpty();
        return OpsJson.mapper().readTree(result.out());
    }
}
