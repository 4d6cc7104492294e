package dev.clio.security;

import dev.clio.testing.ManualClock;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

class SecurityMetricsTest {

    @Test
    void theMonitorIsScrapedInPrometheusFormat() {
        ManualClock clock = new ManualClock("2026-12-01T10:00:00Z");
        SecurityMonitor monitor = new SecurityMonitor(MonitorSettings.defaults());
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new SecurityMetrics(monitor, clock).bindTo(registry);
        Caller viewer = Caller.key("clio_AbCdEfG", Role.VIEWER, "10.0.0.1");
        monitor.recordAuthentication(AuthResult.success(viewer), "10.0.0.1", clock.instant());
        monitor.recordAuthentication(AuthResult.failure(AuthFailure.REVOKED, "clio_Zyxwvut", "x"), "10.0.0.2",
                clock.instant());
        monitor.recordPermission(viewer, "keys.create", false, clock.instant());
        String scrape = registry.scrape();
        assertThat(scrape).contains("auth_attempts_total 2.0")
                .contains("auth_failures_total{reason=\"revoked\"} 1.0")
                .contains("auth_failures_total{reason=\"unknown\"} 0.0")
                .contains("permission_denials_total 1.0")
                .contains("security_incidents_total{category=\"key_misuse\",kind=\"revoked_key_used\"} 1.0")
                .contains("security_failed_auth_rate_percent 50.0")
                .contains("security_key_misuse_incidents 2.0");
    }
}
