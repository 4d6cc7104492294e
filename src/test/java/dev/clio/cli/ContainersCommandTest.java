package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.integrations.docker.EngineEndpoint;
import dev.clio.integrations.docker.TestEngine;
import dev.clio.ops.OpsJson;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code containers ...} against the real Podman engine, named by the workspace engine's docker_host. */
class ContainersCommandTest {

    private static EngineEndpoint endpoint;
    private static TestEngine.Container ticker;
    private static TestEngine.Container exited;

    @TempDir
    Path temp;
    OpsCli cli;

    @BeforeAll
    static void containers() {
        endpoint = TestEngine.endpoint();
        ticker = TestEngine.run(endpoint, "clio-cli-ticker", TestEngine.TICKER);
        exited = TestEngine.run(endpoint, "clio-cli-exited", "exit 0");
        await().atMost(Duration.ofSeconds(20)).until(() -> exited.state().equals("exited"));
    }

    @AfterAll
    static void remove() {
        for (TestEngine.Container c : new TestEngine.Container[] {ticker, exited}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @BeforeEach
    void workspace() throws Exception {
        cli = OpsCli.create(temp, Map.of("CLI_ORCHESTRATOR_DOCKER_HOST", endpoint.url()));
    }

    @AfterEach
    void close() {
        cli.close();
    }

    @Test
    void psListsRunningAndStoppedContainersInTextAndJson() throws Exception {
        OpsCli.Result text = cli.run("containers", "ps");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("NAME", "STATE", "UPTIME", "RESTARTS")
                .containsPattern(ticker.name() + "\\s+running\\s+none\\s+Up")
                .containsPattern(exited.name() + "\\s+exited\\s+none\\s+Exited \\(0\\)");
        JsonNode json = OpsJson.mapper().readTree(cli.run("containers", "ps", "--format", "json").out());
        assertThat(json.get("containers").findValuesAsText("name")).contains(ticker.name(), exited.name());
    }

    @Test
    void statsShowRunningContainersOnly() throws Exception {
        OpsCli.Result text = cli.run("containers", "stats");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).contains("CPU %", "MEM USAGE / LIMIT", "NET I/O", "BLOCK I/O")
                .containsPattern(ticker.name() + "\\s+\\d+\\.\\d%\\s+[\\d.]+ \\w+ / [\\d.]+ \\w+")
                .doesNotContain(exited.name());
        JsonNode json = OpsJson.mapper().readTree(cli.run("containers", "stats", "--format", "json").out());
        assertThat(json.get("stats").findValuesAsText("name")).contains(ticker.name());
    }

    @Test
    void logsTailMarksStderrAndBadInputIsOneLine() {
        await().atMost(Duration.ofSeconds(10)).until(() -> cli.run("containers", "logs", ticker.name(), "--tail",
                "4").out().lines().count() == 4);
        OpsCli.Result logs = cli.run("containers", "logs", ticker.name(), "--tail", "4");
        assertThat(logs.out()).containsPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ  stdout  line \\d+")
                .containsPattern("stderr  err \\d+");
        OpsCli.Result unknown = cli.run("containers", "logs", "clio-no-such-container");
        assertThat(unknown.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(unknown.err().lines().toList()).singleElement().asString()
                .isEqualTo("error: No container named clio-no-such-container at " + endpoint);
        OpsCli.Result badTail = cli.run("containers", "logs", ticker.name(), "--tail", "0");
        assertThat(badTail.err()).startsWith("error: --tail 0 is not between 1 and 10000");
    }

    @Test
    void logsFollowPrintsNewLinesUntilTheContainerStops() {
        try (TestEngine.Container source = TestEngine.run(endpoint, "clio-cli-follow", TestEngine.TICKER)) {
            StringWriter out = new StringWriter();
            CompletableFuture<OpsCli.Result> run = CompletableFuture.supplyAsync(() -> cli.raw(out,
                    new StringWriter(), "containers", "logs", source.name(), "--tail", "1", "--follow",
                    "--workspace", cli.ws.root().toString()));
            await().atMost(Duration.ofSeconds(10)).until(() -> out.toString().lines().count() >= 4);
            source.stop();
            OpsCli.Result result = run.orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).join();
            assertThat(result.code()).isZero();
            assertThat(result.out()).contains("stdout  line ").contains("stderr  err ");
        }
    }

    @Test
    void restartWithoutConfirmationIsRefusedAndNothingHappens() {
        String started = ticker.startedAt();
        OpsCli.Result refused = cli.run("containers", "restart", ticker.name());
        assertThat(refused.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(refused.err()).contains("containers.restart will run:", "restart container " + ticker.name(),
                "engine:      " + endpoint, "target:      workspace ", "environment: development",
                "refused: containers.restart needs --yes or an interactive confirmation");
        cli.confirmer.interactive = true;
        cli.confirmer.answers.add("no");
        OpsCli.Result declined = cli.run("containers", "restart", ticker.name());
        assertThat(declined.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(declined.err()).contains("was not confirmed; nothing was changed");
        assertThat(ticker.startedAt()).isEqualTo(started);
        assertThat(ticker.state()).isEqualTo("running");
    }

    @Test
    void restartWithYesOrAConfirmationRestartsEveryNamedContainer() {
        String started = ticker.startedAt();
        OpsCli.Result yes = cli.run("containers", "restart", ticker.name(), "--yes");
        assertThat(yes.code()).as(yes.err()).isZero();
        assertThat(yes.out()).startsWith("ok: containers.restart: " + ticker.name() + " restarted in ");
        String afterYes = ticker.startedAt();
        assertThat(afterYes).isNotEqualTo(started);
        cli.confirmer.interactive = true;
        cli.confirmer.answers.add("yes");
        OpsCli.Result confirmed = cli.run("containers", "restart", ticker.name(), "clio-no-such-container");
        assertThat(cli.confirmer.prompts).containsExactly(Remediation.PROMPT);
        assertThat(confirmed.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(confirmed.out()).contains("ok: containers.restart: " + ticker.name() + " restarted");
        assertThat(confirmed.err()).contains("error: clio-no-such-container: No container named");
        assertThat(ticker.startedAt()).isNotEqualTo(afterYes);
        assertThat(ticker.state()).isEqualTo("running");
    }

    @Test
    void dockerHostOptionPointsThisRunElsewhere() {
        String missing = "unix://" + temp.resolve("none.sock");
        OpsCli.Result none = cli.run("containers", "ps", "--docker-host", missing);
        assertThat(none.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(none.err().strip()).isEqualTo("error: No container engine at " + missing + ": no socket file");
        OpsCli.Result bad = cli.run("containers", "ps", "--docker-host", "docker.sock");
        assertThat(bad.err().strip()).isEqualTo("error: --docker-host 'docker.sock' is not a container engine "
                + "endpoint; use unix:///path/to/socket or tcp://host:port");
        OpsCli.Result remote = cli.raw("containers", "ps", "--docker-host", endpoint.url(), "--connection",
                "http://127.0.0.1:9");
        assertThat(remote.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(remote.err()).contains("--docker-host applies in-process only");
        assertThat(cli.run("containers", "ps", "--docker-host", endpoint.url()).out()).contains(ticker.name());
    }
}
