package dev.clio.security;

import dev.clio.testing.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityGateTest {

    @TempDir
    Path dir;
    private final ManualClock clock = new ManualClock("2026-12-01T10:00:00Z");
    private SecurityGate gate;

    @BeforeEach
    void open() {
        Path security = dir.resolve("security");
        gate = new SecurityGate(new ApiKeyService(new KeyStore(security), clock, Duration.ofMinutes(1)),
                new FailedAuthLimiter(LimiterSettings.defaults()), new SecurityMonitor(MonitorSettings.defaults()),
                new AuditLog(security.resolve("audit.jsonl"), clock), AccessPolicy.defaults(), clock);
    }

    @AfterEach
    void close() {
        gate.close();
    }

    @Test
    void aValidKeyIsAdmittedAndItsRoleDecides() {
        CreatedKey viewer = gate.keys().create(Role.VIEWER, null, "", Caller.local("alice"));
        Admission admission = gate.admit(viewer.secret(), "127.0.0.1");
        assertThat(admission.outcome()).isEqualTo(Admission.Outcome.ADMITTED);
        Caller caller = admission.caller();
        assertThat(gate.authorize(caller, "logs.query", null).allowed()).isTrue();
        Decision denied = gate.authorize(caller, "workflows.execute", "deploy.yaml");
        assertThat(denied.allowed()).isFalse();
        assertThat(denied.message()).isEqualTo("your role viewer may not workflows.execute: it needs operator");
        AuditRecord audited = gate.audit().query(AuditQuery.latest(5).action("permission.denied")).records().get(0);
        assertThat(audited.actor()).isEqualTo("key:" + viewer.info().prefix());
        assertThat(audited.target()).isEqualTo("deploy.yaml");
        assertThat(audited.result()).isEqualTo(AuditResult.REFUSED);
        assertThat(gate.monitor().kpis(clock.instant()).permissionDenialRatePercent()).isEqualTo(50.0);
        assertThat(gate.audit().query(AuditQuery.latest(5).action("security.incident")).records())
                .singleElement().satisfies(r -> assertThat(r.parameters()).containsEntry("kind", "forbidden_action"));
    }

    @Test
    void unlistedActionsAreDeniedEvenToAdmins() {
        Decision decision = gate.authorize(Caller.local("root"), "database.drop", null);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.required()).isNull();
        assertThat(AccessPolicy.defaults().required("system.memory")).isEqualTo(Role.VIEWER);
        assertThat(AccessPolicy.defaults().required("keys.create")).isEqualTo(Role.ADMIN);
        assertThat(AccessPolicy.denyAll().with("health", Role.VIEWER).required("health")).isEqualTo(Role.VIEWER);
    }

    @Test
    void repeatedFailuresAreAuditedThenRateLimitedWithRetryAfter() {
        for (int i = 0; i < 5; i++) {
            Admission refused = gate.admit(ApiKeys.newSecret(), "10.0.0.66");
            assertThat(refused.outcome()).isEqualTo(Admission.Outcome.UNAUTHORIZED);
            assertThat(refused.outcome().httpStatus()).isEqualTo(401);
        }
        CreatedKey good = gate.keys().create(Role.ADMIN, null, "", Caller.local("alice"));
        Admission limited = gate.admit(good.secret(), "10.0.0.66");
        assertThat(limited.outcome().httpStatus()).isEqualTo(429);
        assertThat(limited.retryAfterSeconds()).isEqualTo(60);
        assertThat(gate.admit(good.secret(), "10.0.0.67").admitted()).isTrue();
        clock.advance(Duration.ofSeconds(60));
        assertThat(gate.admit(good.secret(), "10.0.0.66").admitted()).isTrue();

        List<AuditRecord> failures = gate.audit().query(AuditQuery.latest(50).action("auth.")).records();
        assertThat(failures).extracting(AuditRecord::action).containsExactly("auth.rate_limited", "auth.failed",
                "auth.failed", "auth.failed", "auth.failed", "auth.failed");
        assertThat(failures.get(1).parameters()).containsEntry("reason", "unknown");
        assertThat(failures.get(1).client()).isEqualTo("10.0.0.66");
        SecurityKpis kpis = gate.monitor().kpis(clock.instant());
        assertThat(kpis.authAttempts()).isEqualTo(7);
        assertThat(kpis.authFailures()).isEqualTo(5);
        assertThat(kpis.suspiciousActivityIncidents()).isEqualTo(1);
    }

    @Test
    void aRevokedKeyIsRefusedAuditedAndMisuse() {
        CreatedKey key = gate.keys().create(Role.OPERATOR, null, "", Caller.local("alice"));
        gate.keys().revoke(key.info().prefix(), Caller.local("alice"));
        Admission admission = gate.admit(key.secret(), "10.0.0.5");
        assertThat(admission.outcome()).isEqualTo(Admission.Outcome.UNAUTHORIZED);
        assertThat(admission.message()).contains("was revoked on 2026-12-01");
        assertThat(gate.monitor().kpis(clock.instant()).keyMisuseIncidents()).isEqualTo(1);
        assertThat(gate.audit().query(AuditQuery.latest(5).action("auth.failed")).records().get(0).target())
                .isEqualTo(key.info().prefix());
    }

    @Test
    void incidentsSurviveARestartInsideTheKpiWindow() {
        CreatedKey key = gate.keys().create(Role.VIEWER, null, "", Caller.local("alice"));
        gate.keys().revoke(key.info().id(), Caller.local("alice"));
        gate.admit(key.secret(), "10.0.0.5");
        gate.close();
        clock.advance(Duration.ofMinutes(10));
        open();
        assertThat(gate.monitor().kpis(clock.instant()).keyMisuseIncidents()).isEqualTo(1);
        gate.admit(key.secret(), "10.0.0.5");
        assertThat(gate.monitor().incidents(null)).hasSize(1);
        clock.advance(Duration.ofMinutes(51));
        gate.close();
        open();
        assertThat(gate.monitor().kpis(clock.instant()).keyMisuseIncidents()).isZero();
    }

    @Test
    void anUnreadableKeyFileIsUnavailableNotUnauthorizedAndDoesNotCountAgainstTheClient() throws Exception {
        Files.createDirectories(dir.resolve("security"));
        Files.writeString(dir.resolve("security/api_keys.json"), "[]]");
        for (int i = 0; i < 6; i++) {
            assertThat(gate.admit(ApiKeys.newSecret(), "10.0.0.1").outcome().httpStatus()).isEqualTo(503);
        }
        assertThat(gate.monitor().incidents(null)).isEmpty();
    }
}
