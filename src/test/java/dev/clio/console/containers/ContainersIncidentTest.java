package dev.clio.console.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.console.TestConsole;
import dev.clio.console.common.ConfirmationRequest;
import dev.clio.console.common.Session;
import dev.clio.ops.Incidents;
import dev.clio.testing.ManualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A container action is recorded into the active incident, failures too (what was tried matters as much as what
 * worked), and into nothing when no incident is active. A real embedded workspace whose container engine does not
 * exist; the engine-backed success case is in {@link ContainersViewModelTest}.
 */
class ContainersIncidentTest {

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-01T10:00:00Z"));
    private TestConsole console;
    private ContainersViewModel vm;
    private Session session;

    @BeforeEach
    void open() {
        console = TestConsole.embedded(dir, Runnable::run, clock);
        vm = new ContainersViewModel(console.context());
        session = console.connect("development");
        session.operations().setConfig("docker_host", "unix://" + dir.resolve("no-engine.sock"));
    }

    @AfterEach
    void close() {
        vm.close();
        console.close();
    }

    @Test
    void aFailedStopIsRecordedWithItsOperationContainersAndResult() {
        Incidents.Incident incident = session.operations().openIncident(new Incidents.OpenRequest("web down",
                Incidents.Severity.CRITICAL, "", null, null));
        console.context().incident().activate(incident);
        vm.perform(ContainerAction.STOP, ConfirmationRequest.of("stop", List.of("web-1", "web-2"), session));
        await().atMost(Duration.ofSeconds(20)).until(() -> !events(incident).isEmpty());
        Incidents.Event entry = events(incident).get(0);
        assertThat(entry.payload()).containsEntry("action", "stop").containsEntry("container", "web-1, web-2")
                .containsEntry("containers", List.of("web-1", "web-2")).containsEntry("result", "failed")
                .containsEntry("duration_ms", 0);
        assertThat((List<?>) entry.payload().get("details")).hasSize(2).allSatisfy(d -> assertThat(d.toString())
                .startsWith("stop failed"));
        assertThat(session.operations().incidentReport(incident.id()).markdown()).contains("stop web-1, web-2");
    }

    @Test
    void withoutAnActiveIncidentNothingIsRecorded() {
        Incidents.Incident other = session.operations().openIncident(new Incidents.OpenRequest("not active",
                Incidents.Severity.LOW, "", null, null));
        vm.perform(ContainerAction.START, ConfirmationRequest.of("start", List.of("web-1"), session));
        await().atMost(Duration.ofSeconds(20)).until(() -> !vm.actions().busyProperty().get());
        assertThat(vm.actions().failedProperty().get()).isTrue();
        assertThat(console.context().incident().record(Incidents.EventKind.NOTE, java.util.Map.of("text", "x")))
                .as("no active incident: nothing to record into").isFalse();
        assertThat(events(other)).isEmpty();
    }

    private List<Incidents.Event> events(Incidents.Incident incident) {
        return session.operations().incidentEvents(incident.id(), 0, Incidents.EventKind.CONTAINER_ACTION).events();
    }
}
