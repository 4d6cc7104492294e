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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code logs --follow} prints new lines as a workflow writes them and ends when interrupted. */
class LogsFollowTest {

    @TempDir
    Path temp;
    OpsCli cli;

    @BeforeEach
    void workspace() throws Exception {
        cli = OpsCli.create(temp);
    }

    @AfterEach
    void close() {
        cli.close();
    }

    @Test
    void embeddedFollowPrintsNewLinesUntilInterrupted() throws Exception {
        follow("logs", "--follow", "--workflow", "Hello", "--workspace", cli.ws.root().toString());
    }

    @Test
    void remoteFollowStreamsOverTheServer() throws Exception {
        try (ApiKeyService keys = ApiKeyService.open(cli.ws.security())) {
            cli.env.put("KEY", keys.create(Role.VIEWER, null, "follow", Caller.local("tester")).secret());
        }
        try (SecurityGate gate = ServerSecurity.open(cli.ws.security());
                ApiServer server = ApiServer.start(cli.engine::operations, ServerOptions.builder(gate).port(0)
                        .heartbeat(Duration.ofMillis(200)).build())) {
            follow("logs", "--follow", "--workflow", "Hello", "--connection", "http://127.0.0.1:" + server.port(),
                    "--api-key-env", "KEY");
        }
    }

    private void follow(String... args) throws Exception {
        cli.execute("HELLO.yaml");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicReference<OpsCli.Result> result = new AtomicReference<>();
        Thread thread = new Thread(() -> result.set(cli.raw(out, err, args)), "logs-follow-test");
        thread.start();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(out.toString())
                .containsOnlyOnce("workflow_completed  [Hello]"));
        Thread.sleep(300); // let the stream subscribe before the next run writes
        cli.execute("HELLO.yaml");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(count(out.toString(),
                "workflow_completed  [Hello]")).isEqualTo(2));
        assertThat(out.toString()).doesNotContain("Always Fails");
        thread.interrupt();
        thread.join(10_000);
        assertThat(thread.isAlive()).isFalse();
        assertThat(result.get().code()).isZero();
        assertThat(err.toString()).isEmpty();
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
