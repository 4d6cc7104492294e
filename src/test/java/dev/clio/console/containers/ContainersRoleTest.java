package dev.clio.console.containers;

import dev.clio.testing.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.console.TestConsole;
import dev.clio.console.common.Session;
import dev.clio.integrations.api.ApiClientConfig;
import dev.clio.integrations.api.RetryPolicy;
import dev.clio.ops.embedded.EmbeddedEngine;
import dev.clio.ops.embedded.EngineOptions;
import dev.clio.ops.remote.RemoteOperations;
import dev.clio.security.Caller;
import dev.clio.security.Role;
import dev.clio.security.SecurityGate;
import dev.clio.server.ApiServer;
import dev.clio.server.ServerOptions;
import dev.clio.server.ServerSecurity;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The role a remote key has, asked up front: a real server on loopback over an embedded engine (wired as
 * {@code serve} wires it) and real API keys. No container engine is needed: the role is known before any listing.
 */
class ContainersRoleTest {

    @TempDir
    Path dir;

    private TestConsole console;
    private SecurityGate gate;
    private EmbeddedEngine engine;
    private ApiServer server;
    private ContainersViewModel vm;

    @BeforeEach
    void open() {
        console = TestConsole.embedded(dir, Runnable::run, new ManualClock(Instant.parse("2026-12-01T10:00:00Z")));
        gate = ServerSecurity.open(console.workspace().security());
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        dev.clio.ops.RequestStats stats = new dev.clio.ops.RequestStats();
        engine = EmbeddedEngine.open(console.workspace(), EngineOptions.defaults()
                .sharedWithServer(registry, stats, gate));
        server = ApiServer.start(engine::operations, ServerOptions.builder(gate).port(0).registry(registry)
                .stats(stats).heartbeat(Duration.ofMillis(200)).build());
        vm = new ContainersViewModel(console.context());
    }

    @AfterEach
    void close() {
        vm.close();
        console.context().sessions().switchTo(null);
        server.stop();
        engine.close();
        gate.close();
        console.close();
    }

    private Session remote(Role role) {
        String secret = gate.keys().create(role, Duration.ofHours(1), "console " + role.label(),
                Caller.local("test")).secret();
        URI url = URI.create("http://127.0.0.1:" + server.port());
        RemoteOperations ops = RemoteOperations.connect(ApiClientConfig.defaults(url, secret, null)
                .withRetry(RetryPolicy.none()));
        return new Session(role.label(), "staging", "server " + url, ops, null);
    }

    @Test
    void aViewerKeySeesTheActionsDisabledBeforeActing() {
        console.context().sessions().switchTo(remote(Role.VIEWER));
        await().atMost(Duration.ofSeconds(10)).until(() -> vm.actions().disabledReasonProperty().get() != null);
        assertThat(vm.actions().disabledReasonProperty().get()).isEqualTo(ContainersViewModel.VIEWER_REASON);
    }

    @Test
    void aSwitchToAnotherKeyStartsEnabledAndAsksAgain() {
        console.context().sessions().switchTo(remote(Role.VIEWER));
        await().atMost(Duration.ofSeconds(10)).until(() -> vm.actions().disabledReasonProperty().get() != null);
        Session operator = remote(Role.OPERATOR);
        console.context().sessions().switchTo(operator);
        assertThat(vm.actions().disabledReasonProperty().get()).as("the viewer's reason is gone").isNull();
        assertThat(operator.operations().whoami().allows(Role.OPERATOR)).isTrue();
        console.context().sessions().switchTo(remote(Role.VIEWER));
        await().atMost(Duration.ofSeconds(10)).until(() -> vm.actions().disabledReasonProperty().get() != null);
        assertThat(vm.actions().disabledReasonProperty().get()).isEqualTo(ContainersViewModel.VIEWER_REASON);
    }
}
