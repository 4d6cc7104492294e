package dev.clio.console.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.kpi.AlertEngine;
import dev.clio.kpi.KpiCatalog;
import dev.clio.ops.Health;
import dev.clio.ops.Metrics.KpiReading;
import dev.clio.ops.Metrics.KpiSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One in-app notice per firing of a critical alert, and the desktop's notify-send run as a real process. */
class AlertNotifierTest {

    static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");
    static final Health.Report HEALTHY = new Health.Report("healthy", "ok", List.of(), T0);
    static final Health.Report DOWN = new Health.Report("unhealthy", "store down", List.of(), T0);

    @TempDir
    Path dir;

    Instant now = T0;
    final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };
    final AlertEngine engine = new AlertEngine(KpiCatalog.defaults(), clock);
    final SimpleObjectProperty<KpiFeed.Update> updates = new SimpleObjectProperty<>();
    final Notifications notifications = new Notifications();
    final AtomicInteger detections = new AtomicInteger();

    @Test
    void aCriticalFiringIsNoticedOnceHoweverOftenItRefreshesAndAgainWhenItFiresAgain() {
        notifier(DesktopNotifier.NONE);
        refresh(DOWN);
        refresh(DOWN);
        refresh(null);
        assertThat(notifications.notices()).hasSize(1);
        Notifications.Notice notice = notifications.notices().get(0);
        assertThat(notice.critical()).isTrue();
        assertThat(notice.title()).isEqualTo("Critical alert: Service Down");
        assertThat(notice.text()).isEqualTo("Firing: health unhealthy: store down. Respond within 5 min (runbook: "
                + "Service Down Alert).");
        refresh(HEALTHY);
        refresh(DOWN);
        assertThat(notifications.notices()).hasSize(2);
        assertThat(detections).hasValue(1);
    }

    @Test
    void warningsAndSilencedAlertsRaiseNothing() {
        notifier(DesktopNotifier.NONE);
        engine.silence("service_down", T0.plus(Duration.ofHours(1)), "alice", "maintenance");
        refresh(DOWN);
        for (int i = 0; i < 6; i++) {
            now = now.plus(Duration.ofMinutes(1));
            updates.set(new KpiFeed.Update(engine.evaluate(p95(620), HEALTHY, java.util.Map.of(), now), now, null));
        }
        assertThat(engine.snapshot(now).alert("high_response_time").state()).hasToString("FIRING");
        assertThat(notifications.notices()).isEmpty();
    }

    @Test
    void theDesktopIsToldThroughNotifySend() throws Exception {
        Path log = dir.resolve("args.txt");
        Path exe = dir.resolve("notify-send");
        Files.writeString(exe, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\" >> '" + log + "'; done\n");
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwx------"));
        DesktopNotifier chosen = DesktopNotifier.choose(false, false, "Linux", "/nonexistent:" + dir);
        assertThat(chosen.name()).isEqualTo("notify-send");
        notifier(chosen);
        refresh(DOWN);
        assertThat(Files.readAllLines(log)).containsExactly("--urgency=critical", "--app-name=CLI Orchestrator",
                "Critical alert: Service Down", "Firing: health unhealthy: store down. Respond within 5 min "
                        + "(runbook: Service Down Alert).");
    }

    @Test
    void aNotifySendThatHangsIsStoppedAfterItsTimeout() throws IOException {
        Path exe = dir.resolve("notify-send");
        Files.writeString(exe, "#!/bin/sh\nexec sleep 30\n");
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwx------"));
        long before = System.nanoTime();
        new NotifySendNotifier(exe, Duration.ofMillis(200)).show("t", "x");
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void withoutADesktopNothingIsChosen() {
        assertThat(DesktopNotifier.choose(true, true, "Linux", "/usr/bin").name()).isEqualTo("none");
        assertThat(DesktopNotifier.choose(false, true, "Linux", null).name()).isEqualTo("tray");
        assertThat(DesktopNotifier.choose(false, false, "Linux", dir.toString()).name()).isEqualTo("none");
        assertThat(DesktopNotifier.choose(false, false, "Windows 11", null).name()).isEqualTo("none");
        assertThat(DesktopNotifier.detect().name()).as("surefire runs with java.awt.headless").isEqualTo("none");
    }

    private void notifier(DesktopNotifier desktop) {
        new AlertNotifier(updates, notifications, () -> {
            detections.incrementAndGet();
            return desktop;
        }, ConsolePrefs.load(dir), Runnable::run);
    }

    private void refresh(Health.Report health) {
        now = now.plus(Duration.ofSeconds(1));
        updates.set(new KpiFeed.Update(engine.evaluate(null, health, java.util.Map.of(), now), now, null));
    }

    private KpiSnapshot p95(double ms) {
        return new KpiSnapshot(now, List.of(new KpiReading("api_response_time_p95", ms, "ms", now, null)));
    }
}
