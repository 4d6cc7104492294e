package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.server.ServerHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code connections list|add|remove} and {@code --connection NAME}, with the store in a temporary directory. */
class ConnectionsCommandTest {

    @TempDir
    Path temp;
    OpsCli cli;

    @BeforeEach
    void create() throws Exception {
        cli = OpsCli.create(temp);
        cli.env.put("CLI_ORCHESTRATOR_CONFIG_DIR", temp.resolve("config").toString());
    }

    @AfterEach
    void close() {
        cli.close();
    }

    @Test
    void aSavedServerIsOperatedByNameWithItsStoredKeyWhichIsNeverShown() {
        try (ServerHarness server = ServerHarness.start(temp.resolve("server"), 0, Duration.ofSeconds(1))) {
            cli.env.put("OPS_KEY", server.key("operator"));
            OpsCli.Result add = cli.raw("connections", "add", "staging", "--url", server.baseUrl().toString(),
                    "--environment", "STAGING", "--api-key-env", "OPS_KEY");
            assertThat(add.code()).as(add.err()).isZero();
            assertThat(add.out()).startsWith("Saved connection 'staging' (" + server.baseUrl()
                    + ", staging) with its API key");

            OpsCli.Result gc = cli.raw("system", "--gc", "--connection", "staging", "--yes");
            assertThat(gc.code()).as("gc needs the operator key: " + gc.err()).isZero();
            assertThat(server.lastCall()).as("reports after the gc").containsExactly("system");

            OpsCli.Result list = cli.raw("connections", "list");
            assertThat(list.out()).contains("staging").contains("remote").contains("stored")
                    .doesNotContain(server.key("operator"));
            assertThat(cli.raw("connections", "list", "--format", "json").out()).contains("\"has_key\" : true")
                    .doesNotContain(server.key("operator"));
        }
    }

    @Test
    void aSavedWorkspaceIsOperatedByName() {
        OpsCli.Result add = cli.raw("connections", "add", "local", "--workspace", cli.ws.root().toString());
        assertThat(add.code()).as(add.err()).isZero();
        OpsCli.Result info = cli.raw("info", "--connection", "local", "--format", "json");
        assertThat(info.code()).as(info.err()).isZero();
        assertThat(info.out()).contains("\"mode\" : \"embedded\"");
    }

    @Test
    void aPrometheusUrlIsSavedWithTheConnectionAndABadOneIsOneLine() throws Exception {
        OpsCli.Result add = cli.raw("connections", "add", "fleet", "--workspace", cli.ws.root().toString(),
                "--prometheus-url", "http://prometheus.example.com:9090");
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(Files.readString(temp.resolve("config/connections.yaml")))
                .contains("prometheus_url: \"http://prometheus.example.com:9090\"");
        assertThat(cli.raw("connections", "list", "--format", "json").out())
                .contains("\"prometheus_url\" : \"http://prometheus.example.com:9090\"");
        OpsCli.Result bad = cli.raw("connections", "add", "other", "--workspace", cli.ws.root().toString(),
                "--prometheus-url", "http://p:9090/api/v1/query");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(bad.err()).contains("Prometheus URL 'http://p:9090/api/v1/query' must be Prometheus's base URL")
                .doesNotContain("Exception");
    }

    @Test
    void anUnknownNameIsOneLineThatNamesTheSavedOnesAndUrlsStillWork() {
        cli.raw("connections", "add", "local", "--workspace", cli.ws.root().toString());
        OpsCli.Result run = cli.raw("health", "--connection", "prod");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err().strip()).isEqualTo("error: no saved connection named 'prod'; saved: local (or give a "
                + "URL, e.g. --connection http://127.0.0.1:8080)");
        assertThat(cli.raw("health", "--connection", "ftp://x").err())
                .startsWith("error: --connection 'ftp://x' is not an http(s) URL");
    }

    @Test
    void aServerWithoutAKeyNeedsToSaySoAndRemoveDeletesTheKey() throws Exception {
        OpsCli.Result noKey = cli.raw("connections", "add", "srv", "--url", "http://127.0.0.1:9");
        assertThat(noKey.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(noKey.err()).startsWith("error: no API key given: pass --api-key-env VAR");

        cli.env.put("K", "clio_" + "x".repeat(43));
        assertThat(cli.raw("connections", "add", "srv", "--url", "http://127.0.0.1:9", "--api-key-env", "K")
                .code()).isZero();
        Path key = temp.resolve("config/keys/srv.key");
        assertThat(key).exists();
        assertThat(cli.raw("connections", "remove", "srv").out()).startsWith("Removed connection 'srv'");
        assertThat(key).doesNotExist();
        assertThat(cli.raw("connections", "list").out()).startsWith("No saved connections");
    }

    @Test
    void aMalformedFileIsOneLineWithFileAndLine() throws Exception {
        Files.createDirectories(temp.resolve("config"));
        Files.writeString(temp.resolve("config/connections.yaml"), "connections:\n  - name: [\n");
        OpsCli.Result run = cli.raw("health", "--connection", "x");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).startsWith("error: " + temp.resolve("config/connections.yaml") + " line ");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void aConnectionAddedWithARoutingKeyPagesWhenTheCliDeclaresAndResolves() {
        try (dev.clio.testing.FakeEventsApi api = dev.clio.testing.FakeEventsApi.start()) {
            cli.env.put("PD_KEY", "R0UT1NGKEY0123456789abcdefABCDEF");
            OpsCli.Result add = cli.raw("connections", "add", "paged", "--workspace", cli.ws.root().toString(),
                    "--paging-key-env", "PD_KEY", "--paging-endpoint", api.endpoint().toString(),
                    "--alertmanager-url", "http://127.0.0.1:9093");
            assertThat(add.code()).as(add.err()).isZero();
            assertThat(add.out()).contains("paging through " + api.endpoint()).doesNotContain("R0UT1NG");

            OpsCli.Result open = cli.raw("incident", "open", "--connection", "paged", "--severity", "high",
                    "--title", "API returning 500s");
            assertThat(open.code()).as(open.err()).isZero();
            String id = open.out().strip();
            OpsCli.Result resolve = cli.raw("incident", "resolve", id, "--connection", "paged", "--root-cause", "x",
                    "--resolution", "y", "--preventive", "z");
            assertThat(resolve.code()).as(resolve.err()).isZero();

            assertThat(api.received()).extracting(n -> n.get("event_action").asText() + " " + n.get("dedup_key")
                    .asText()).containsExactly("trigger " + id, "resolve " + id);
            assertThat(cli.raw("connections", "list", "--format", "json").out())
                    .contains("\"alertmanager_url\" : \"http://127.0.0.1:9093\"")
                    .contains("\"has_routing_key\" : true").doesNotContain("R0UT1NG");
            assertThat(cli.raw("incident", "open", "--workspace", cli.ws.root().toString(), "--severity", "low",
                    "--title", "not paged").code()).isZero();
            assertThat(api.received()).as("--workspace has no routing key").hasSize(2);
        }
    }
}
