package dev.clio.console.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.common.concurrent.Threads;
import dev.clio.kpi.AlertState;
import dev.clio.ops.remote.RemoteOperations;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The feed against a server on loopback that has stopped. */
class KpiFeedTest {

    private final ScheduledExecutorService scheduler = Threads.scheduler("kpi-feed-test", 1);

    @AfterEach
    void stop() {
        Threads.shutdown(scheduler, 2_000);
    }

    @Test
    void aRepublishAfterAnAcknowledgementKeepsTheSourcesProblem() throws Exception {
        KpiFeed feed = new KpiFeed(scheduler, Runnable::run, Clock.systemUTC(), s -> Map.of());
        List<KpiFeed.Update> updates = new CopyOnWriteArrayList<>();
        feed.latestProperty().addListener((obs, old, now) -> updates.add(now));
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + port);
        feed.bind(new Session("stopped", "development", "server " + url, RemoteOperations.connect(url, "k", null),
                null));
        awaitUpdates(updates, 1);
        assertThat(updates.get(0).problemOrNull()).contains("connection refused");
        assertThat(updates.get(0).snapshot().alert("service_down").state()).isEqualTo(AlertState.FIRING);
        feed.engine().acknowledge("service_down", "alice", "on it");
        feed.republish();
        awaitUpdates(updates, 2);
        KpiFeed.Update republished = updates.get(1);
        assertThat(republished.snapshot().alert("service_down").acknowledgement().who()).isEqualTo("alice");
        assertThat(republished.problemOrNull()).isEqualTo(updates.get(0).problemOrNull());
    }

    private static void awaitUpdates(List<KpiFeed.Update> updates, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (updates.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(updates).hasSizeGreaterThanOrEqualTo(count);
    }
}
