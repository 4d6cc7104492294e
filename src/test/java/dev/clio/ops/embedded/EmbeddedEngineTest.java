package dev.clio.ops.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.ops.OpsException;
import dev.clio.ops.RequestStats;
import dev.clio.ops.Resources;
import dev.clio.security.Caller;
import dev.clio.security.Role;
import dev.clio.security.SecurityGate;
import dev.clio.store.JdbcExecutionStore;
import dev.clio.store.Database;
import dev.clio.store.ProcessOwner;
import dev.clio.workspace.Workspace;
import dev.clio.workspace.WorkspaceInitializer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedEngineTest {

    @TempDir
    Path dir;

    private Workspace ws;

    @BeforeEach
    void init() throws IOException {
        WorkspaceInitializer.initialize(dir.resolve("ws"));
        ws = new Workspace(dir.resolve("ws"));
    }

    private static EngineOptions quiet() {
        return EngineOptions.defaults().withEnvironment(Map.of());
    }

    @Test
    void sharedWithAServerItUsesTheServersPartsAndLeavesAuditingKeyCallersToIt() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        RequestStats stats = new RequestStats();
        try (SecurityGate gate = SecurityGate.open(ws.security())) {
            try (EmbeddedEngine engine = EmbeddedEngine.open(ws, quiet().sharedWithServer(registry, stats, gate))) {
                assertThat(engine.gate()).isSameAs(gate);
                assertThat(engine.registry()).isSameAs(registry);
                stats.record("GET", "/api/v1/system", 503, 2_000_000);
                var summary = engine.operations(Caller.local("me")).metricsSummary(Duration.ofMinutes(5));
                assertThat(summary.totalRequests()).isEqualTo(1);
                assertThat(summary.errorRate()).isEqualTo(1.0);
                assertThat(summary.errors()).containsEntry("http_5xx", 1L);
                engine.operations(Caller.key("clio_AbCdEfG", dev.clio.security.Role.OPERATOR, "127.0.0.1"))
                        .cleanArtifacts(true);
                assertThat(gate.audit().query(dev.clio.security.AuditQuery.latest(10)).records()).isEmpty();
                // a local caller (a console next to the server) never passes the server: the engine audits it
                engine.operations(Caller.local("me")).cleanArtifacts(true);
            }
            // the gate belongs to the server: still usable after the engine closed
            assertThat(gate.audit().query(dev.clio.security.AuditQuery.latest(10)).records()).singleElement()
                    .satisfies(r -> assertThat(r.actor()).isEqualTo("local:me"));
        }
    }

    @Test
    void aRefusedRemediationIsAuditedAsRefused() {
        try (EmbeddedEngine engine = EmbeddedEngine.open(ws, quiet())) {
            Caller viewer = Caller.key("clio_viewer1", Role.VIEWER, "127.0.0.1");
            assertThatThrownBy(() -> engine.operations(viewer).cleanArtifacts(false))
                    .isInstanceOf(OpsException.class).hasMessageContaining("needs the operator role");
            assertThat(engine.operations(viewer).audit(new Resources.AuditQuery(null, null, "artifacts.clean", null,
                    10))).singleElement().satisfies(a -> {
                        assertThat(a.result()).isEqualTo("refused");
                        assertThat(a.actor()).isEqualTo("key:clio_viewer1");
                    });
        }
    }

    @Test
    void executionsOfADeadProcessAreMarkedInterruptedAtOpen() {
        try (Database db = Database.sqlite(ws.database())) {
            ProcessOwner gone = new ProcessOwner(ProcessOwner.current().host(), Integer.MAX_VALUE - 7,
                    Instant.now().minusSeconds(3600));
            new JdbcExecutionStore(db.dataSource(), db.dialect(), Clock.systemUTC(), gone).executionStarted(
                    "exec_deadbeef0001", "Gone", "GONE.yaml", "someone", false, Instant.now().minusSeconds(60));
        }
        try (EmbeddedEngine engine = EmbeddedEngine.open(ws, quiet())) {
            assertThat(engine.interruptedAtOpen()).isEqualTo(1);
            var view = engine.operations(Caller.local("me")).execution("exec_deadbeef0001");
            assertThat(view.workflowName()).isEqualTo("Gone");
            assertThat(view.status()).isEqualTo("interrupted");
        }
    }

    @Test
    void settingASecretNeverWritesItsValueToTheAuditLog() throws IOException {
        try (EmbeddedEngine engine = EmbeddedEngine.open(ws, quiet())) {
            var result = engine.operations(Caller.local("me")).setConfig("openai_api_key", "sk-verysecretvalue123");
            assertThat(result.message()).contains("started again").doesNotContain("sk-verysecret");
            assertThat(engine.settings().openaiApiKey()).isEqualTo("sk-verysecretvalue123");
        }
        assertThat(Files.readString(ws.security().resolve("audit.jsonl"))).contains("config.set")
                .doesNotContain("sk-verysecret");
    }

    @Test
    void badSettingsAreAOneLineErrorNotAStackTrace() throws IOException {
        Files.writeString(ws.config().resolve("orchestrator.yaml"), "port: not-a-number\n");
        assertThatThrownBy(() -> EmbeddedEngine.open(ws, quiet())).isInstanceOf(OpsException.class)
                .hasMessageContaining("port").hasMessageNotContaining("\n");
    }

    @Test
    void operationsOpenedForAWorkspaceCloseTheirEngine() {
        EmbeddedOperations ops = EmbeddedOperations.open(ws);
        assertThat(ops.caller().role()).isEqualTo(Role.ADMIN);
        assertThat(ops.health().checks()).isNotEmpty();
        ops.close();
        // a second engine can open the same workspace once the first one let go
        try (EmbeddedOperations again = EmbeddedOperations.open(ws)) {
            assertThat(again.ready().ready()).isTrue();
        }
    }
}
