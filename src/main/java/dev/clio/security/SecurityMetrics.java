package dev.clio.security;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Publishes a {@link SecurityMonitor} to Micrometer, named for Prometheus: {@code auth_attempts_total},
 * {@code auth_failures_total{reason}}, {@code auth_rate_limited_total}, {@code permission_checks_total},
 * {@code permission_denials_total}, {@code security_incidents_total{kind,category}}, and the KPI gauges
 * {@code security_failed_auth_rate_percent}, {@code security_permission_denial_rate_percent},
 * {@code security_suspicious_activity_incidents} and {@code security_key_misuse_incidents} (over the KPI window).
 * Meters read the monitor when scraped; nothing is counted twice.
 */
public final class SecurityMetrics implements MeterBinder {

    private final SecurityMonitor monitor;
    private final Clock clock;

    public SecurityMetrics(SecurityMonitor monitor, Clock clock) {
        this.monitor = monitor;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counter(registry, "auth.attempts", "Authentication attempts with an API key", m -> total(m).authAttempts());
        for (AuthFailure reason : AuthFailure.values()) {
            FunctionCounter.builder("auth.failures", monitor, m -> m.failureCount(reason))
                    .description("Failed authentications").tag("reason", lower(reason.name())).register(registry);
        }
        counter(registry, "auth.rate.limited", "Requests refused with 429 after failed authentications",
                m -> total(m).rateLimitedRequests());
        counter(registry, "permission.checks", "Permission checks", m -> total(m).permissionChecks());
        counter(registry, "permission.denials", "Permission denials", m -> total(m).permissionDenials());
        for (IncidentKind kind : IncidentKind.values()) {
            FunctionCounter.builder("security.incidents", monitor, m -> m.incidentCount(kind))
                    .description("Security incidents (de-duplicated)").tag("kind", kind.label())
                    .tag("category", lower(kind.category().name())).register(registry);
        }
        gauge(registry, "security.failed.auth.rate.percent", m -> kpis(m).failedAuthRatePercent());
        gauge(registry, "security.permission.denial.rate.percent", m -> kpis(m).permissionDenialRatePercent());
        gauge(registry, "security.suspicious.activity.incidents", m -> kpis(m).suspiciousActivityIncidents());
        gauge(registry, "security.key.misuse.incidents", m -> kpis(m).keyMisuseIncidents());
    }

    private void counter(MeterRegistry registry, String name, String help, ToDoubleFunction<SecurityMonitor> f) {
        FunctionCounter.builder(name, monitor, f).description(help).register(registry);
    }

    private void gauge(MeterRegistry registry, String name, ToDoubleFunction<SecurityMonitor> f) {
        Gauge.builder(name, monitor, f).description("Security KPI over the monitor's KPI window")
                .strongReference(true).register(registry);
    }

    private SecurityKpis kpis(SecurityMonitor m) {
        return m.kpis(clock.instant());
    }

    private SecurityKpis.Totals total(SecurityMonitor m) {
        return kpis(m).totals();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
