package dev.clio.console.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.clio.config.Environment;
import dev.clio.connections.Connection;
import dev.clio.connections.ConnectionFactory;
import dev.clio.connections.ConnectionProfile;
import dev.clio.connections.ConnectionStore;
import dev.clio.connections.Monitoring;
import dev.clio.console.common.Session;
import dev.clio.integrations.alertmanager.AlertmanagerGateway;
import dev.clio.integrations.alertmanager.AmAlert;
import dev.clio.integrations.alertmanager.AmSilence;
import dev.clio.integrations.alertmanager.Matcher;
import dev.clio.ops.RequestStats;
import dev.clio.ops.embedded.EmbeddedEngine;
import dev.clio.ops.embedded.EngineOptions;
import dev.clio.security.Caller;
import dev.clio.security.Role;
import dev.clio.security.SecurityGate;
import dev.clio.server.ApiServer;
import dev.clio.server.ServerOptions;
import dev.clio.server.ServerSecurity;
import dev.clio.workspace.Workspace;
import dev.clio.workspace.WorkspaceInitializer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import dev.clio.testing.AlertmanagerProcess;
import dev.clio.testing.ManualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pane's state without a screen: calls run inline, so every command's outcome is there when it returns. */
class AlertmanagerViewModelTest {

    private static final Executor INLINE = Runnable::run;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    @Test
    void aViewerKeySeesAlertmanagersAlertsButCannotSilenceThem() throws Exception {
        Workspace ws = WorkspaceInitializer.initialize(dir.resolve("ws")).workspace();
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        RequestStats stats = new RequestStats();
        try (AlertmanagerProcess am = AlertmanagerProcess.start(dir.resolve("am"));
                SecurityGate gate = ServerSecurity.open(ws.security());
                EmbeddedEngine engine = EmbeddedEngine.open(ws, EngineOptions.defaults()
                        .sharedWithServer(registry, stats, gate))) {
            ApiServer server = ApiServer.start(engine::operations, ServerOptions.builder(gate).port(0)
                    .registry(registry).stats(stats).build());
            try {
                am.fire(Map.of("alertname", "ViewerSees"), "seen", Instant.now());
                String viewer = gate.keys().create(Role.VIEWER, Duration.ofHours(1), "viewer", Caller.local("t"))
                        .secret();
                ConnectionProfile profile = ConnectionProfile.remote("prod", URI.create("http://127.0.0.1:"
                        + server.port()), null, Environment.PRODUCTION).withMonitoring(new Monitoring(am.url(), null));
                try (Connection connection = new ConnectionFactory(new ConnectionStore(dir.resolve("config")))
                        .open(profile, viewer)) {
                    Session session = Session.of(connection);
                    AlertmanagerViewModel vm = new AlertmanagerViewModel(() -> session, AlertmanagerGateway::new,
                            () -> "alice via prod", INLINE, INLINE, new ManualClock(Instant.now()));

                    await().atMost(Duration.ofSeconds(10)).until(() -> {
                        vm.refresh();
                        return vm.alerts().stream().anyMatch(a -> a.name().equals("ViewerSees"));
                    });
                    assertThat(vm.disabledReasonProperty().get()).isEqualTo(AlertmanagerViewModel.VIEWER_REASON);

                    vm.silence(vm.alerts().get(0).alert(), "1h", "should not happen");
                    assertThat(vm.problemProperty().get()).isEqualTo(AlertmanagerViewModel.VIEWER_REASON + ".");
                    assertThat(new AlertmanagerGateway(am.url()).silences()).isEmpty();
                }
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void theEndOfASilenceIsADurationOrALocalTimeInTheFuture() {
        Instant now = Instant.parse("2026-12-02T10:00:00Z"); // 11:00 in Berlin
        assertThat(SilenceEnd.parse("2h", now, BERLIN)).isEqualTo(Instant.parse("2026-12-02T12:00:00Z"));
        assertThat(SilenceEnd.parse(" 1D ", now, BERLIN)).isEqualTo(Instant.parse("2026-12-03T10:00:00Z"));
        assertThat(SilenceEnd.parse("2026-12-03 18:00", now, BERLIN)).isEqualTo(Instant.parse("2026-12-03T17:00:00Z"));
        assertThat(SilenceEnd.parse("18:00", now, BERLIN)).as("later today")
                .isEqualTo(Instant.parse("2026-12-02T17:00:00Z"));
        assertThat(SilenceEnd.parse("09:30", now, BERLIN)).as("passed today: tomorrow")
                .isEqualTo(Instant.parse("2026-12-03T08:30:00Z"));
        assertThatThrownBy(() -> SilenceEnd.parse("2026-12-01 18:00", now, BERLIN))
                .hasMessage("The silence would end at 2026-12-01 18:00, which has passed; choose a later time.");
        assertThatThrownBy(() -> SilenceEnd.parse("soon", now, BERLIN)).hasMessageStartingWith("'soon' is not a "
                + "duration such as 2h");
        assertThatThrownBy(() -> SilenceEnd.parse("400d", now, BERLIN)).hasMessageContaining("cannot last '400d'");
        assertThatThrownBy(() -> SilenceEnd.parse("", now, BERLIN)).hasMessageStartingWith("Say when");
    }

    @Test
    void unmutedAlertsComeFirstBySeverityAndSilencesNameTheirEndAndCreator() {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        AmSilence silence = new AmSilence("s1", List.of(Matcher.equal("alertname", "Muted")), now,
                Instant.parse("2026-12-02T12:00:00Z"), "bob", "deploy", "active");
        AmSilence expired = new AmSilence("s0", List.of(Matcher.equal("alertname", "Old")), now, now, "bob", "x",
                "expired");
        List<AmAlert> alerts = List.of(
                alert("Muted", "critical", now.minusSeconds(600), List.of("s1")),
                alert("Warn", "warning", now.minusSeconds(60), List.of()),
                alert("Crit", "critical", now.minusSeconds(30), List.of()));

        List<AmRows.AlertLine> lines = AmRows.alerts(alerts, List.of(silence, expired), now, BERLIN);

        assertThat(lines).extracting(AmRows.AlertLine::name).containsExactly("Crit", "Warn", "Muted");
        assertThat(lines.get(2).state()).isEqualTo("silenced");
        assertThat(lines.get(2).silence()).isEqualTo("until 12-02 13:00 by bob");
        assertThat(AmRows.silences(List.of(silence, expired), BERLIN)).extracting(AmRows.SilenceLine::id)
                .containsExactly("s1");
        assertThat(AmRows.summary("http://am", lines, AmRows.silences(List.of(silence), BERLIN)))
                .isEqualTo("3 alerts (1 muted), 1 silence at http://am");
    }

    private static AmAlert alert(String name, String severity, Instant start, List<String> silencedBy) {
        return new AmAlert(name + "-fp", Map.of("alertname", name, "severity", severity), Map.of(),
                silencedBy.isEmpty() ? "active" : "suppressed", start, null, silencedBy, List.of(), "");
    }
}
