package dev.clio.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.ops.Incidents.EventKind;
import dev.clio.ops.Incidents.EventPage;
import dev.clio.ops.Incidents.EventRequest;
import dev.clio.ops.Incidents.Incident;
import dev.clio.ops.Incidents.OpenRequest;
import dev.clio.ops.Incidents.ResolveRequest;
import dev.clio.ops.Incidents.Severity;
import dev.clio.ops.Incidents.SourceAlert;
import dev.clio.ops.Incidents.Status;
import dev.clio.ops.OpsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The markdown report against golden files in {@code src/test/resources/incident/}: a full critical incident (every
 * kind of entry) and a bare open one. Set {@code -Dclio.golden.update=true} to rewrite them after a deliberate change.
 */
class MarkdownReportTest {

    @TempDir
    Path dir;
    IncidentFixture f;

    @BeforeEach
    void open() {
        f = new IncidentFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** A critical incident from an alert, with a runbook step, a container action, KPIs, a message and gaps. */
    private String fullIncident() {
        IncidentService s = f.service;
        Incident i = s.open(new OpenRequest("API returning 500s", Severity.HIGH, "Every API call fails | 100%",
                new SourceAlert("api_error_rate", "critical", Map.of("value", 0.62, "threshold", 0.05)), null),
                "local:alice");
        String id = i.id();
        s.record(id, new EventRequest(EventKind.KPI_SNAPSHOT, Map.of("label", "declaration",
                "values", Map.of("api_error_rate", 0.62, "api_response_time_p95", 2.4))), "local:alice");
        later(1);
        s.record(id, new EventRequest(EventKind.ACKNOWLEDGEMENT, Map.of("alert_id", "api_error_rate")), "local:bob");
        s.changeSeverity(id, Severity.CRITICAL, "the service is completely down", "local:bob");
        later(2);
        var note = s.note(id, "Load balancer healthy;\nlooking at the app", "local:bob");
        s.record(id, new EventRequest(EventKind.COMMAND, Map.of("command", "docker-compose logs --tail=20 | grep "
                + "ERROR")), "local:bob");
        s.record(id, new EventRequest(EventKind.COMMAND, Map.of("command", "docker stats --no-stream",
                "runbook", "service-down")), "local:bob");
        later(3);
        s.record(id, new EventRequest(EventKind.RUNBOOK_STEP, runbookStep()), "local:bob");
        s.record(id, new EventRequest(EventKind.CONTAINER_ACTION, Map.of("action", "restart", "container", "clio",
                "result", "restarted")), "local:bob");
        s.editNote(id, note.seq(), "The app's pool is exhausted", "local:alice");
        s.pin(id, note.seq(), true);
        later(4);
        s.changeStatus(id, Status.IDENTIFIED, "pool exhausted", "local:alice");
        s.communicationSent(id, "initial", "Initial Incident Notification", "🚨 INCIDENT: CLI Orchestrator Service "
                + "Issues\nSeverity: Critical", "email", "local:alice");
        s.record(id, new EventRequest(EventKind.VERIFICATION, Map.of("check", "health", "verdict", "healthy")),
                "local:alice");
        s.changeStatus(id, Status.MONITORING, null, "local:alice");
        later(20);
        s.record(id, new EventRequest(EventKind.KPI_SNAPSHOT, Map.of("label", "resolution",
                "values", Map.of("api_error_rate", 0.001))), "local:alice");
        s.resolve(id, new ResolveRequest("Connection pool too small for the new batch job", "Pool raised to 40, "
                + "app restarted", "Alert on pool saturation; load-test batch jobs"), "local:alice");
        return id;
    }

    private static Map<String, Object> runbookStep() {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("runbook", "service-down");
        step.put("step", "restart");
        step.put("operation", "containers.restart");
        step.put("params", Map.of("container", "clio", "api_key", "[redacted]"));
        step.put("confirmation", "restart container clio on unix:///run/podman.sock (production)");
        step.put("verdict", "ok");
        step.put("duration_ms", 1840);
        step.put("digest", Map.of("lines", 40, "first", List.of("stopping clio", "stopped"),
                "last", List.of("started clio", "healthy")));
        return step;
    }

    private void later(int minutes) {
        f.clock.advance(Duration.ofMinutes(minutes));
    }

    private String report(String id) {
        EventPage page = f.service.events(id, 0, null);
        return MarkdownReport.render(page.incident(), page.events());
    }

    @Test
    void aFullIncidentMatchesItsGoldenFile() throws IOException {
        assertGolden("full-incident.md", report(fullIncident()));
    }

    @Test
    void anOpenIncidentWithoutEntriesMatchesItsGoldenFile() throws IOException {
        Incident i = f.service.open(new OpenRequest("Slow dashboards", Severity.MEDIUM, null, null, null),
                "key:clio_AbCdEfG");
        assertGolden("open-incident.md", report(i.id()));
    }

    @Test
    void theSameIncidentGivesTheSameBytesWhateverTheClockSays() {
        String id = fullIncident();
        String first = report(id);
        f.clock.advance(Duration.ofDays(3));
        assertThat(report(id)).isEqualTo(first);
    }

    @Test
    void aReportIsWrittenAtomicallyAndAFailedWriteLosesNothing() throws IOException {
        String id = fullIncident();
        Path target = dir.resolve("incidents").resolve(id + ".md");
        ReportFiles.write(target, report(id));
        assertThat(Files.readString(target)).isEqualTo(report(id));

        // tests may run as root, to whom permissions mean nothing: these two failures hold for everyone
        Path notADirectory = Files.writeString(dir.resolve("reports"), "a file where the directory should be");
        assertThatThrownBy(() -> ReportFiles.write(notADirectory.resolve(id + ".md"), report(id)))
                .isInstanceOf(OpsException.class).hasMessageContaining("cannot write " + notADirectory)
                .hasMessageContaining("the incident is safe in the store")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(Files.readString(notADirectory)).isEqualTo("a file where the directory should be");

        Path blocked = Files.createDirectories(dir.resolve("blocked").resolve(id + ".md"));
        Files.writeString(blocked.resolve("keep.txt"), "kept");
        assertThatThrownBy(() -> ReportFiles.write(blocked, report(id))).isInstanceOf(OpsException.class)
                .hasMessageContaining("cannot write " + blocked);
        assertThat(Files.readString(blocked.resolve("keep.txt"))).isEqualTo("kept");
        try (var files = Files.list(blocked.getParent())) {
            assertThat(files).as("no temporary file left behind").containsExactly(blocked);
        }
        assertThat(f.service.events(id, 0, null).events()).hasSize(16);
    }

    static void assertGolden(String name, String actual) throws IOException {
        if (Boolean.getBoolean("clio.golden.update")) {
            Files.writeString(Path.of("src/test/resources/incident", name), actual);
        }
        try (InputStream in = MarkdownReportTest.class.getResourceAsStream("/incident/" + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
