package dev.clio.ops.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.ops.Health;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.Resources;
import dev.clio.ops.Workflows;
import dev.clio.server.ServerHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every RemoteOperations method against a real server on a loopback port, compared with the server's own answer. */
class RemoteOperationsTest {

    @TempDir
    static Path dir;
    static ServerHarness server;
    static RemoteOperations remote;
    static Operations direct;

    @BeforeAll
    static void start() {
        server = ServerHarness.start(dir, 0, Duration.ofSeconds(1));
        remote = RemoteOperations.connect(server.baseUrl(), server.key("admin"), null);
        direct = server.direct();
    }

    @AfterAll
    static void stop() {
        remote.close();
        server.close();
    }

    @Test
    void readsReturnTheSameRecordsAsTheServersOperations() {
        assertThat(remote.health()).isEqualTo(direct.health());
        assertThat(remote.ready()).isEqualTo(direct.ready());
        assertThat(remote.tokenUsage()).isEqualTo(direct.tokenUsage());
        assertThat(remote.kpiSnapshot()).isEqualTo(direct.kpiSnapshot());
        assertThat(remote.adapters()).isEqualTo(direct.adapters());
        assertThat(remote.workflows()).isEqualTo(direct.workflows());
        assertThat(remote.healthCheckStatus()).isEqualTo(direct.healthCheckStatus());
        assertThat(remote.validateConfig()).isEqualTo(direct.validateConfig());
        assertThat(remote.artifacts()).isEqualTo(direct.artifacts());
        assertThat(remote.system()).isEqualTo(direct.system());
        assertThat(remote.dbStatus()).isEqualTo(direct.dbStatus());
        assertThat(remote.dbActivity()).isEqualTo(direct.dbActivity());
        assertThat(remote.dbSlowQueries()).isEqualTo(direct.dbSlowQueries());
        assertThat(remote.dbLocks()).isEqualTo(direct.dbLocks());
    }

    @Test
    void infoIsTheServersButSaysRemote() {
        Health.Info info = remote.info();
        Health.Info theirs = direct.info();
        assertThat(info.mode()).isEqualTo("remote");
        assertThat(info).usingRecursiveComparison().ignoringFields("mode").isEqualTo(theirs);
    }

    @Test
    void anUnhealthyServerStillAnswersItsReport() {
        server.healthy(false);
        try {
            assertThat(remote.health().status()).isEqualTo("unhealthy");
            assertThat(remote.health().checks()).extracting(Health.Check::name).containsExactly("artifacts_directory");
            assertThat(remote.ready().ready()).isFalse();
        } finally {
            server.healthy(true);
        }
    }

    @Test
    void configComesMaskedAsTheServerSendsIt() {
        List<Resources.ConfigEntry> config = remote.config();
        assertThat(config).contains(new Resources.ConfigEntry("port", "8080", "default", false));
        assertThat(config).contains(new Resources.ConfigEntry("jwt_secret", "********", "env", true));
    }

    @Test
    void filtersReachTheServerUnchanged() {
        remote.metricsSummary(Duration.ofMinutes(10));
        assertThat(server.lastCall()).containsExactly("metricsSummary", Duration.ofMinutes(10));
        remote.history(7);
        assertThat(server.lastCall()).containsExactly("history", 7);
        var query = new Resources.LogQuery(Duration.ofMinutes(30), "ERROR", "workflow_execution_failed",
                "PY_EDIT_TRIAGE", "step 1", 50);
        assertThat(remote.logs(query)).isEqualTo(direct.logs(query));
        remote.logs(query);
        assertThat(server.lastCall()).containsExactly("logs", query);
    }

    @Test
    void auditSinceTravelsAsAnAge() {
        Instant since = Instant.now().minus(Duration.ofHours(2));
        List<Resources.AuditEntry> entries = remote.audit(new Resources.AuditQuery(since, "key:clio_AbCdEfG",
                "system.gc", "ok", 5));
        assertThat(entries).hasSize(1).first().extracting(Resources.AuditEntry::action).isEqualTo("system.gc");
        Resources.AuditQuery seen = (Resources.AuditQuery) server.lastCall().get(1);
        assertThat(seen.since()).isBetween(since.minusSeconds(5), since.plusSeconds(1));
        assertThat(List.of(seen.actor(), seen.action(), seen.result())).containsExactly("key:clio_AbCdEfG",
                "system.gc", "ok");
        assertThat(seen.limit()).isEqualTo(5);
    }

    @Test
    void workflowCallsSendTheirRequests() {
        var request = new Workflows.ExecuteRequest(".ai/workflows/PY_EDIT_TRIAGE.yaml", false, "src/*.py", "fast",
                5_000L, Map.of("target", "src"));
        Workflows.Execution started = remote.execute(request);
        assertThat(server.lastCall()).containsExactly("execute", request);
        assertThat(started.status()).isEqualTo("running");
        assertThat(remote.plan(request)).isEqualTo(direct.plan(request));
        Workflows.Verification v = remote.verify("flows/x.yaml");
        assertThat(server.lastCall()).containsExactly("verify", "flows/x.yaml");
        assertThat(v).isEqualTo(direct.verify("flows/x.yaml"));
        assertThat(v.diagnostics().get(0).line()).isEqualTo(3);
    }

    @Test
    void executionLifecycleCalls() {
        assertThat(remote.execution("exec_1").status()).isEqualTo("succeeded");
        assertThat(remote.cancel("exec_1").status()).isEqualTo("cancelled");
        assertThat(server.lastCall()).containsExactly("cancel", "exec_1");
        assertThat(remote.resume("exec_1").status()).isEqualTo("running");
        assertThat(server.lastCall()).containsExactly("resume", "exec_1");
        assertThatThrownBy(() -> remote.execution("run_9")).isInstanceOf(OpsException.class)
                .hasMessage("no execution run_9")
                .satisfies(e -> assertThat(((OpsException) e).kind()).isEqualTo(OpsException.Kind.NOT_FOUND));
    }

    @Test
    void anIdThatWouldAddressAnotherRouteNeverLeavesTheClient() {
        int before = server.callCount();
        for (String id : new String[] {"..", "a/b", "../config", "", "x y"}) {
            assertThatThrownBy(() -> remote.execution(id)).as(id)
                    .satisfies(e -> assertThat(((OpsException) e).kind()).isEqualTo(OpsException.Kind.INVALID_REQUEST))
                    .hasMessageContaining("is not a valid execution id");
        }
        assertThat(server.callCount()).isEqualTo(before);
    }

    @Test
    void missingArgumentsAreRefusedByTheServerInItsWords() {
        assertThatThrownBy(() -> remote.setConfig("port", null)).hasMessage("value: required");
        assertThatThrownBy(() -> remote.verify(null)).hasMessageStartingWith("workflow_file: required");
        assertThatThrownBy(() -> remote.metricsSummary(Duration.ofDays(400)))
                .hasMessageContaining("longer than the maximum of 366d");
    }

    @Test
    void remediationsReachTheServer() {
        assertThat(remote.setConfig("port", "9090").ok()).isTrue();
        assertThat(server.lastCall()).containsExactly("setConfig", "port", "9090");
        assertThat(remote.cleanArtifacts(true).dryRun()).isTrue();
        assertThat(server.lastCall()).containsExactly("cleanArtifacts", true);
        assertThat(remote.cleanArtifacts(false).dryRun()).isFalse();
        assertThat(remote.runGc().action()).isEqualTo("system.gc");
        assertThat(remote.dbCreateIndexes().action()).isEqualTo("db.create-indexes");
        assertThat(remote.dbVacuum().action()).isEqualTo("db.vacuum");
        assertThat(server.lastCall()).containsExactly("dbVacuum");
    }
}
