package dev.clio.integrations.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.clio.testing.AlertmanagerProcess;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a real Alertmanager on loopback, fed alerts by the test. */
class AlertmanagerGatewayTest {

    @TempDir
    static Path dir;
    static AlertmanagerProcess am;
    static AlertmanagerGateway gateway;

    @BeforeAll
    static void start() {
        am = AlertmanagerProcess.start(dir);
        gateway = new AlertmanagerGateway(am.url());
    }

    @AfterAll
    static void stop() {
        am.close();
    }

    @Test
    void listsFedAlertsWithLabelsAnnotationsAndState() {
        Instant start = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        am.fire(Map.of("alertname", "ListedAlert", "severity", "warning", "instance", "api-1"), "p95 over 500ms",
                start);

        AmAlert alert = find("ListedAlert");

        assertThat(alert.labels()).containsEntry("instance", "api-1").containsEntry("severity", "warning");
        assertThat(alert.summary()).isEqualTo("p95 over 500ms");
        assertThat(alert.severity()).isEqualTo("warning");
        assertThat(alert.state()).isEqualTo("active");
        assertThat(alert.startsAt()).isEqualTo(start);
        assertThat(alert.fingerprint()).isNotBlank();
        assertThat(alert.silenced()).isFalse();
        assertThat(alert.generatorUrl()).isEqualTo("http://prometheus.test/graph");
    }

    @Test
    void aSilenceFromAnAlertsLabelsMutesExactlyThatAlertUntilExpired() {
        am.fire(Map.of("alertname", "SilencedAlert", "instance", "a"), "a down", Instant.now());
        am.fire(Map.of("alertname", "SilencedAlert", "instance", "b"), "b down", Instant.now());
        AmAlert a = find("SilencedAlert", "a");
        Instant now = Instant.now();

        String id = gateway.createSilence(SilenceRequest.forAlert(a, now, Duration.ofHours(2), "alice",
                "deploying a fix"));

        AmSilence silence = gateway.silences().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        assertThat(silence.createdBy()).isEqualTo("alice");
        assertThat(silence.comment()).isEqualTo("deploying a fix");
        assertThat(silence.active()).isTrue();
        assertThat(silence.matchers()).containsExactly(Matcher.equal("alertname", "SilencedAlert"),
                Matcher.equal("instance", "a"));
        assertThat(Duration.between(silence.startsAt(), silence.endsAt())).isBetween(Duration.ofMinutes(119),
                Duration.ofMinutes(121));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(find("SilencedAlert", "a").silencedBy()).containsExactly(id);
            assertThat(find("SilencedAlert", "a").state()).isEqualTo("suppressed");
        });
        assertThat(find("SilencedAlert", "b").silenced()).isFalse();

        gateway.expireSilence(id);

        assertThat(gateway.silences().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().expired())
                .isTrue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(find("SilencedAlert", "a").silenced()).isFalse());
    }

    @Test
    void aSilenceUntilAGivenTimeEndsThen() {
        am.fire(Map.of("alertname", "UntilAlert"), "x", Instant.now());
        Instant until = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);

        String id = gateway.createSilence(SilenceRequest.forAlertUntil(find("UntilAlert"), Instant.now(), until,
                "bob", "maintenance window"));

        assertThat(gateway.silences()).filteredOn(s -> s.id().equals(id)).singleElement()
                .satisfies(s -> assertThat(s.endsAt()).isEqualTo(until));
    }

    @Test
    void expiringAnUnknownSilenceSaysThereIsNoSuchSilence() {
        assertThatThrownBy(() -> gateway.expireSilence("00000000-0000-4000-8000-000000000000"))
                .isInstanceOf(AlertmanagerException.class)
                .hasMessageContaining("has no such silence")
                .hasMessageContaining(am.url().toString());
        assertThatThrownBy(() -> gateway.expireSilence("not-a-uuid"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a silence id");
    }

    @Test
    void aRefusedRequestCarriesAlertmanagersOwnMessage() {
        // a regex that Alertmanager cannot compile passes our checks and is refused there with a 400
        SilenceRequest bad = new SilenceRequest(List.of(new Matcher("alertname", "([", true, true)), Instant.now(),
                Instant.now().plusSeconds(600), "alice", "broken regex");

        assertThatThrownBy(() -> gateway.createSilence(bad))
                .isInstanceOf(AlertmanagerException.class)
                .satisfies(e -> assertThat(((AlertmanagerException) e).kind())
                        .isEqualTo(AlertmanagerException.Kind.REJECTED))
                .hasMessageStartingWith("Alertmanager at " + am.url())
                .hasMessageContaining("refused to create the silence (HTTP 400")
                .hasMessageNotContaining("{");
    }

    @Test
    void anUnreachableAlertmanagerIsOneSentenceNamingTheUrl() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        AlertmanagerGateway nowhere = new AlertmanagerGateway(URI.create("http://127.0.0.1:" + port));

        assertThatThrownBy(nowhere::alerts)
                .isInstanceOf(AlertmanagerException.class)
                .hasMessageStartingWith("Cannot reach Alertmanager at http://127.0.0.1:" + port)
                .hasMessageContaining("to list the alerts")
                .satisfies(e -> assertThat(((AlertmanagerException) e).kind())
                        .isEqualTo(AlertmanagerException.Kind.UNAVAILABLE));
    }

    @Test
    void requestsThatCannotBeSilencesAreRefusedBeforeAnyCall() {
        AmAlert alert = new AmAlert("f", Map.of("alertname", "X"), Map.of(), "active", Instant.now(), null, null,
                null, "");
        Instant now = Instant.now();
        assertThatThrownBy(() -> SilenceRequest.forAlert(alert, now, Duration.ZERO, "a", "c"))
                .hasMessageContaining("longer than zero");
        assertThatThrownBy(() -> SilenceRequest.forAlert(alert, now, Duration.ofHours(1), "a", " "))
                .hasMessageContaining("needs a comment");
        assertThatThrownBy(() -> SilenceRequest.forAlertUntil(alert, now, now.minusSeconds(1), "a", "c"))
                .hasMessageContaining("is not in the future");
        assertThatThrownBy(() -> SilenceRequest.forAlert(alert, now, Duration.ofDays(400), "a", "c"))
                .hasMessageContaining("at most 366 days");
        assertThatThrownBy(() -> new AlertmanagerGateway(URI.create("ftp://x")))
                .hasMessageContaining("is not an http(s) URL");
    }

    private static AmAlert find(String name) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> gateway.alerts().stream()
                .filter(a -> a.name().equals(name)).findFirst(), java.util.Optional::isPresent).orElseThrow();
    }

    private static AmAlert find(String name, String instance) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> gateway.alerts().stream()
                .filter(a -> a.name().equals(name) && instance.equals(a.labels().get("instance"))).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }
}
