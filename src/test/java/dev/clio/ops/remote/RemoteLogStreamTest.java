package dev.clio.ops.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.clio.integrations.api.ApiClientConfig;
import dev.clio.ops.OpsException;
import dev.clio.ops.Resources;
import dev.clio.server.ServerHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Log tails over server-sent events from a real server. */
class RemoteLogStreamTest {

    private static final Resources.LogQuery ERRORS = new Resources.LogQuery(Duration.ofMinutes(5), "ERROR", null,
            null, null, 100);

    @TempDir
    Path dir;
    ServerHarness server;
    RemoteOperations remote;

    @BeforeEach
    void start() {
        server = ServerHarness.start(dir, 0, Duration.ofMillis(100));
        // a starved call fails with TIMEOUT after 2 s instead of passing late
        remote = RemoteOperations.connect(ApiClientConfig.defaults(server.baseUrl(), server.key("viewer"), null)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        remote.close();
        server.close();
    }

    private static Resources.LogEntry line(String message) {
        return new Resources.LogEntry(Instant.parse("2026-12-01T10:00:00Z"), "ERROR", "step_failed",
                "PY_EDIT_TRIAGE", message, "{\"message\":\"" + message + "\"}");
    }

    @Test
    void linesArriveAsTheServerSendsThem() {
        List<Resources.LogEntry> got = new CopyOnWriteArrayList<>();
        try (LogSubscription s = remote.streamLogs(ERRORS, got::add)) {
            assertThat(server.lastCall()).containsExactly("streamLogs", ERRORS);
            server.emit(line("one"));
            server.emit(line("two \"quoted\"\nnext line"));
            await().atMost(Duration.ofSeconds(5)).until(() -> got.size() == 2);
            assertThat(got).containsExactly(line("one"), line("two \"quoted\"\nnext line"));
            assertThat(s.isOpen()).isTrue();
        }
    }

    @Test
    void sixOpenStreamsDoNotHoldUpOrdinaryCalls() {
        List<List<Resources.LogEntry>> sinks = new ArrayList<>();
        List<LogSubscription> open = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                List<Resources.LogEntry> sink = new CopyOnWriteArrayList<>();
                sinks.add(sink);
                open.add(remote.streamLogs(ERRORS, sink::add));
            }
            assertThat(server.openStreams()).isEqualTo(6);
            for (int i = 0; i < 5; i++) {
                assertThat(remote.system().cores()).isEqualTo(2);
                assertThat(remote.adapters()).hasSize(2);
            }
            server.emit(line("to all"));
            await().atMost(Duration.ofSeconds(5)).until(() -> sinks.stream().allMatch(s -> s.size() == 1));
        } finally {
            open.forEach(LogSubscription::close);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> server.openStreams() == 0);
    }

    @Test
    void closingTheSubscriptionClosesTheConnection() {
        List<Resources.LogEntry> got = new CopyOnWriteArrayList<>();
        LogSubscription s = remote.streamLogs(ERRORS, got::add);
        assertThat(server.openStreams()).isEqualTo(1);
        s.close();
        assertThat(s.isOpen()).isFalse();
        // the server only learns of a closed connection when its next heartbeat write fails
        await().atMost(Duration.ofSeconds(5)).until(() -> server.closedStreams() == 1);
        assertThat(server.openStreams()).isZero();
        server.emit(line("late"));
        assertThat(got).isEmpty();
    }

    @Test
    void aStreamThatGoesSilentIsLost() {
        // heartbeats every 100 ms keep a stream alive under a 1 s read timeout; a 5 s heartbeat does not
        try (ServerHarness quiet = ServerHarness.start(dir.resolve("quiet"), 0, Duration.ofSeconds(5));
                RemoteOperations client = RemoteOperations.connect(ApiClientConfig.defaults(quiet.baseUrl(),
                        quiet.key("viewer"), null).withStreamReadTimeout(Duration.ofSeconds(1)));
                RemoteOperations beating = RemoteOperations.connect(ApiClientConfig.defaults(server.baseUrl(),
                        server.key("viewer"), null).withStreamReadTimeout(Duration.ofSeconds(1)));
                LogSubscription alive = beating.streamLogs(ERRORS, e -> { });
                LogSubscription silent = client.streamLogs(ERRORS, e -> { })) {
            await().atMost(Duration.ofSeconds(6)).until(() -> !silent.isOpen());
            assertThat(silent.failure().kind()).isEqualTo(OpsException.Kind.TIMEOUT);
            assertThat(silent.failure()).hasMessageContaining("went silent: nothing arrived for 1 s");
            assertThat(alive.isOpen()).isTrue();
        }
    }

    @Test
    void aStreamWithABadKeyFailsAtOnce() {
        try (RemoteOperations stranger = RemoteOperations.connect(server.baseUrl(), "nonsense", null)) {
            assertThatThrownBy(() -> stranger.streamLogs(ERRORS, e -> { })).isInstanceOf(OpsException.class)
                    .hasMessageContaining("did not accept the API key")
                    .satisfies(e -> assertThat(((OpsException) e).kind()).isEqualTo(OpsException.Kind.UNAUTHORIZED));
        }
        assertThat(server.openStreams()).isZero();
    }

    @Test
    void aStreamEndsWhenTheServerStops() {
        LogSubscription s = remote.streamLogs(ERRORS, e -> { });
        String url = server.baseUrl().toString();
        server.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> !s.isOpen());
        // a stopping server may end the stream cleanly or cut it; a cut says so in a sentence
        if (s.failure() != null) {
            assertThat(s.failure().kind()).isEqualTo(OpsException.Kind.UNAVAILABLE);
            assertThat(s.failure()).hasMessageStartingWith("The log stream from " + url + " broke off");
        }
        s.close();
    }
}
