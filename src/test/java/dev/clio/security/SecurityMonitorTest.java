package dev.clio.security;

import dev.clio.testing.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityMonitorTest {

    private static final String PREFIX = "clio_AbCdEfG";
    private final ManualClock clock = new ManualClock("2026-12-01T10:00:00Z");
    private final SecurityMonitor monitor = new SecurityMonitor(MonitorSettings.defaults());

    @Test
    void failedAuthenticationAndDenialRatesArePercentagesOfAttempts() {
        Caller viewer = Caller.key(PREFIX, Role.VIEWER, "10.0.0.9");
        for (int i = 0; i < 19; i++) {
            monitor.recordAuthentication(AuthResult.success(viewer), "10.0.0.9", clock.instant());
        }
        monitor.recordAuthentication(unknown(), "10.0.0.8", clock.instant());
        for (int i = 0; i < 9; i++) {
            monitor.recordPermission(viewer, "health", true, clock.instant());
        }
        monitor.recordPermission(Caller.local("bob"), "keys.create", false, clock.instant());
        SecurityKpis kpis = monitor.kpis(clock.instant());
        assertThat(kpis.authAttempts()).isEqualTo(20);
        assertThat(kpis.authFailures()).isEqualTo(1);
        assertThat(kpis.failedAuthRatePercent()).isEqualTo(5.0);
        assertThat(kpis.permissionChecks()).isEqualTo(10);
        assertThat(kpis.permissionDenialRatePercent()).isEqualTo(10.0);
        assertThat(kpis.keyMisuseIncidents()).isZero();
    }

    @Test
    void ratesAreZeroWithoutTrafficAndForgetOldTraffic() {
        assertThat(monitor.kpis(clock.instant()).failedAuthRatePercent()).isZero();
        monitor.recordAuthentication(unknown(), "c", clock.instant());
        clock.advance(Duration.ofMinutes(61));
        SecurityKpis kpis = monitor.kpis(clock.instant());
        assertThat(kpis.authAttempts()).isZero();
        assertThat(kpis.failedAuthRatePercent()).isZero();
        assertThat(kpis.totals().authFailures()).isEqualTo(1);
    }

    @Test
    void fourFailuresFromOneClientAreNotABurstFiveAre() {
        for (int i = 0; i < 4; i++) {
            monitor.recordAuthentication(unknown(), "10.0.0.1", clock.instant());
            clock.advance(Duration.ofSeconds(14));
        }
        assertThat(monitor.incidents(null)).isEmpty();
        monitor.recordAuthentication(unknown(), "10.0.0.1", clock.instant());
        List<SecurityIncident> incidents = monitor.incidents(null);
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(IncidentKind.FAILED_AUTH_BURST);
            assertThat(i.client()).isEqualTo("10.0.0.1");
            assertThat(i.detail()).contains("5 or more failed authentications from 10.0.0.1 within 60 s");
        });
        assertThat(monitor.kpis(clock.instant()).suspiciousActivityIncidents()).isEqualTo(1);
    }

    @Test
    void failuresSpreadBeyondTheBurstWindowOrOverClientsAreNoBurst() {
        for (int i = 0; i < 10; i++) {
            monitor.recordAuthentication(unknown(), "10.0.0.1", clock.instant());
            clock.advance(Duration.ofSeconds(15));
        }
        for (int i = 0; i < 10; i++) {
            monitor.recordAuthentication(unknown(), "10.0.1." + i, clock.instant());
        }
        assertThat(monitor.incidents(null)).isEmpty();
    }

    @Test
    void oneLongBurstIsOneIncidentPerDedupWindow() {
        List<SecurityIncident> published = new ArrayList<>();
        monitor.onIncident(published::add);
        for (int i = 0; i < 50; i++) {
            monitor.recordAuthentication(unknown(), "10.0.0.1", clock.instant());
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(published).hasSize(1);
        assertThat(monitor.kpis(clock.instant()).totals().suppressedDuplicates()).isEqualTo(45);
        clock.advance(Duration.ofMinutes(15));
        for (int i = 0; i < 5; i++) {
            monitor.recordAuthentication(unknown(), "10.0.0.1", clock.instant());
        }
        assertThat(published).hasSize(2);
    }

    @Test
    void aRateLimitedClientThatKeepsTryingIsSuspiciousTwoRefusalsAreNot() {
        monitor.recordRateLimited("10.0.0.2", clock.instant());
        monitor.recordRateLimited("10.0.0.2", clock.instant().plusSeconds(20));
        assertThat(monitor.incidents(null)).isEmpty();
        monitor.recordRateLimited("10.0.0.2", clock.instant().plusSeconds(40));
        assertThat(monitor.incidents(null)).singleElement()
                .extracting(SecurityIncident::kind).isEqualTo(IncidentKind.RATE_LIMITED_PERSISTENCE);
        assertThat(monitor.kpis(clock.instant().plusSeconds(40)).rateLimitedRequests()).isEqualTo(3);
    }

    @Test
    void revokedAndExpiredKeysAreMisuseOncePerKey() {
        AuthResult revoked = AuthResult.failure(AuthFailure.REVOKED, PREFIX, "revoked");
        monitor.recordAuthentication(revoked, "10.0.0.3", clock.instant());
        monitor.recordAuthentication(revoked, "10.0.0.4", clock.instant());
        monitor.recordAuthentication(AuthResult.failure(AuthFailure.EXPIRED, "clio_Zyxwvut", "expired"), "10.0.0.3",
                clock.instant());
        List<SecurityIncident> incidents = monitor.incidents(null);
        assertThat(incidents).extracting(SecurityIncident::kind)
                .containsExactly(IncidentKind.EXPIRED_KEY_USED, IncidentKind.REVOKED_KEY_USED);
        assertThat(incidents.get(1).keyPrefix()).isEqualTo(PREFIX);
        assertThat(monitor.kpis(clock.instant()).keyMisuseIncidents()).isEqualTo(2);
        assertThat(monitor.kpis(clock.instant()).suspiciousActivityIncidents()).isZero();
    }

    @Test
    void aValidKeyUsedBeyondItsRoleIsMisuseALocalDenialIsNot() {
        monitor.recordPermission(Caller.key(PREFIX, Role.VIEWER, "10.0.0.5"), "workflows.execute", true,
                clock.instant());
        monitor.recordPermission(Caller.local("bob"), "config.set", false, clock.instant());
        assertThat(monitor.incidents(null)).isEmpty();
        monitor.recordPermission(Caller.key(PREFIX, Role.VIEWER, "10.0.0.5"), "workflows.execute", false,
                clock.instant());
        assertThat(monitor.incidents(null)).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(IncidentKind.FORBIDDEN_ACTION);
            assertThat(i.detail()).contains("viewer").contains("workflows.execute");
        });
    }

    @Test
    void aClientHammeringWithARevokedKeyIsBothMisuseAndABurst() {
        AuthResult revoked = AuthResult.failure(AuthFailure.REVOKED, PREFIX, "revoked");
        for (int i = 0; i < 5; i++) {
            monitor.recordAuthentication(revoked, "10.0.0.3", clock.instant());
        }
        assertThat(monitor.incidents(null)).extracting(SecurityIncident::kind)
                .containsExactly(IncidentKind.FAILED_AUTH_BURST, IncidentKind.REVOKED_KEY_USED);
    }

    @Test
    void incidentCountsLeaveTheKpiWindow() {
        monitor.recordAuthentication(AuthResult.failure(AuthFailure.REVOKED, PREFIX, "x"), "c", clock.instant());
        assertThat(monitor.kpis(clock.instant().plus(Duration.ofMinutes(59))).keyMisuseIncidents()).isEqualTo(1);
        assertThat(monitor.kpis(clock.instant().plus(Duration.ofMinutes(61))).keyMisuseIncidents()).isZero();
        assertThat(monitor.incidents(clock.instant().plusSeconds(1))).isEmpty();
    }

    @Test
    void aBrokenListenerDoesNotStopTheOthers() {
        List<SecurityIncident> seen = new ArrayList<>();
        monitor.onIncident(i -> {
            throw new IllegalStateException("boom");
        });
        monitor.onIncident(seen::add);
        monitor.recordAuthentication(AuthResult.failure(AuthFailure.EXPIRED, PREFIX, "x"), "c", clock.instant());
        assertThat(seen).hasSize(1);
    }

    private static AuthResult unknown() {
        return AuthResult.failure(AuthFailure.UNKNOWN, null, "not recognised");
    }
}
