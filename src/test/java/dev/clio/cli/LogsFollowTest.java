package dev.clio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.security.ApiKeyService;
import dev.clio.security.Caller;
import dev.clio.security.Role;
import dev.clio.security.SecurityGate;
import dev.clio.server.ApiServer;
import dev.clio.server.ServerOptions;
import dev.clio.server.ServerSecurity;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code logs --follow} prints new lines as they come and closes its stream when interrupted. */
class LogsFollowTest {

    @TempDir
    Path temp;
    OpsCli cli;

    @BeforeEach
    void workspace() throws Exception {
        cli = OpsCli.create(temp);
    }

    @Test
    void embeddedFollowPrintsNewLinesUntilInterrupted() throws Exception {
        follow(new String[] {"logs", "--follow", "--workspace", cli.ws.root().toString()});
    }

    @Test
    void remoteFollowStreamsOverTheServer() throws Exception {
        try (ApiKeyService keys = ApiKeyService.open(cli.ws.security())) {
            cli.env.put("KEY", keys.create(Role.VIEWER, null, "follow", Caller.local("tester")).secret());
        }
        try (SecurityGate gate = ServerSecurity.open(cli.ws.security());
                ApiServer server = ApiServer.start(cli.embedded, ServerOptions.builder(gate).port(0)
                        .heartbeat(Duration.ofMillis(200)).build())) {
            follow(new String[] {"logs", "--follow", "--connection", "http://127.0.0.1:" + server.port(),
                "--api-key-env", "KEY"});
        }
    }

    private void follow(String[] args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicReference<OpsCli.Result> result = new AtomicReference<>();
        Thread thread = new Thread(() -> result.set(cli.raw(out, err, args)), "logs-follow-test");
        thread.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> !cli.embedded.sinks.isEmpty());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(out.toString())
                .contains("step 1.001 failed"));
        cli.embedded.sinks.forEach(s -> s.accept(StandInOperations.entry("WARN", "step_retry", "retrying 1.002")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(out.toString())
                .contains("WARN   step_retry  [HELLO]  retrying 1.002"));
        thread.interrupt();
        thread.join(10_000);
        assertThat(thread.isAlive()).isFalse();
        assertThat(result.get().code()).isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> cli.embedded.sinks.isEmpty());
        assertThat(err.toString()).isEmpty();
    }
}
