package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.security.ApiKeyService;
import dev.clio.security.Caller;
import dev.clio.security.Role;
import dev.clio.security.SecurityGate;
import dev.clio.server.ApiServer;
import dev.clio.server.ServerOptions;
import dev.clio.server.ServerSecurity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same commands against a real server on a loopback port give the same answers as in-process. */
class RemoteModeTest {

    @TempDir
    Path temp;
    OpsCli cli;
    SecurityGate gate;
    ApiServer server;

    @BeforeEach
    void serve() throws Exception {
        cli = OpsCli.create(temp);
        try (ApiKeyService keys = ApiKeyService.open(cli.ws.security())) {
            cli.env.put("ADMIN_KEY", keys.create(Role.ADMIN, null, "cli admin", Caller.local("tester")).secret());
            cli.env.put("VIEWER_KEY", keys.create(Role.VIEWER, null, "cli viewer", Caller.local("tester")).secret());
        }
        gate = ServerSecurity.open(cli.ws.security());
        server = ApiServer.start(cli.embedded, ServerOptions.builder(gate).port(0).build());
        Files.writeString(cli.ws.artifacts().resolve("diagnostics.json"), "{}");
    }

    @AfterEach
    void stop() {
        server.close();
        gate.close();
    }

    @Test
    void readCommandsAnswerTheSameJsonInBothModes() throws Exception {
        List<String[]> commands = List.of(new String[] {"health"},
                new String[] {"metrics", "--window", "15m"}, new String[] {"tokens"},
                new String[] {"logs", "--level", "ERROR"}, new String[] {"config", "show"},
                new String[] {"config", "validate"}, new String[] {"artifacts", "list"},
                new String[] {"system"}, new String[] {"db", "status"}, new String[] {"db", "slow-queries"});
        for (String[] command : commands) {
            JsonNode local = OpsCommandsTest.json(cli.run(with(command, "--format", "json")));
            JsonNode remote = OpsCommandsTest.json(cli.raw(remote(command, "ADMIN_KEY", "--format", "json")));
            assertThat(remote).as(String.join(" ", command)).isEqualTo(local);
        }
    }

    @Test
    void infoDiffersOnlyInTheMode() throws Exception {
        JsonNode local = OpsCommandsTest.json(cli.run("info", "--format", "json"));
        JsonNode remote = OpsCommandsTest.json(cli.raw(remote(new String[] {"info"}, "VIEWER_KEY", "--format",
                "json")));
        assertThat(local.get("mode").asText()).isEqualTo("embedded");
        assertThat(remote.get("mode").asText()).isEqualTo("remote");
        ((com.fasterxml.jackson.databind.node.ObjectNode) local).remove("mode");
        ((com.fasterxml.jackson.databind.node.ObjectNode) remote).remove("mode");
        assertThat(remote).isEqualTo(local);
    }

    @Test
    void textOutputIsTheSameToo() {
        for (String[] command : List.<String[]>of(new String[] {"health"}, new String[] {"tokens"},
                new String[] {"config", "show"})) {
            assertThat(cli.raw(remote(command, "VIEWER_KEY")).out()).isEqualTo(cli.run(command).out());
        }
    }

    @Test
    void aRemoteRemediationNamesTheServerAndRunsThere() throws Exception {
        Path tmp = Files.writeString(cli.ws.artifacts().resolve("x.tmp"), "partial");
        OpsCli.Result refused = cli.raw(remote(new String[] {"artifacts", "clean"}, "ADMIN_KEY"));
        assertThat(refused.code()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(refused.err()).contains("target:      server http://127.0.0.1:" + server.port())
                .contains("refused: artifacts.clean needs --yes");
        assertThat(tmp).exists();
        OpsCli.Result done = cli.raw(remote(new String[] {"artifacts", "clean", "--yes"}, "ADMIN_KEY"));
        assertThat(done.code()).isZero();
        assertThat(done.out()).startsWith("Removed 1 file(s), 7 B:");
        assertThat(tmp).doesNotExist();
    }

    @Test
    void aRoleTheServerRefusesIsOneErrorLine() {
        OpsCli.Result run = cli.raw(remote(new String[] {"db", "vacuum", "--yes"}, "VIEWER_KEY"));
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err().lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("error: Not allowed: your role viewer may not db.vacuum: it needs operator");
        assertThat(cli.embedded.audit).isEmpty();
    }

    @Test
    void aWrongKeyIsOneErrorLine() {
        cli.env.put("BAD_KEY", "clio_" + "x".repeat(43));
        OpsCli.Result run = cli.raw(remote(new String[] {"info"}, "BAD_KEY"));
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("error: The server at http://127.0.0.1:" + server.port() + " did not accept the API key")
                .doesNotContain("clio_xxx");
    }

    private String[] remote(String[] command, String keyVariable, String... more) {
        return with(with(command, "--connection", "http://127.0.0.1:" + server.port(), "--api-key-env",
                keyVariable), more);
    }

    private static String[] with(String[] command, String... more) {
        return Stream.concat(Stream.of(command), Stream.of(more)).toArray(String[]::new);
    }
}
