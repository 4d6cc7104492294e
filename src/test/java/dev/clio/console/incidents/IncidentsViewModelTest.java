package dev.clio.console.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clio.console.TestConsole;
import dev.clio.console.common.Notifications;
import dev.clio.ops.Incidents;
import dev.clio.ops.Incidents.EventKind;
import dev.clio.ops.Incidents.Severity;
import dev.clio.ops.Incidents.Status;
import dev.clio.testing.ManualClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The view model over a real embedded workspace (SQLite store), its UI executor one serial thread as the FX thread is,
 * and its clock moved by hand for the cadence. What it shows is only what the Operations calls returned.
 */
class IncidentsViewModelTest {

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private TestConsole console;
    private IncidentsViewModel vm;

    @BeforeEach
    void open() throws Exception {
        console = TestConsole.embedded(dir, ui, clock);
        onUi(() -> console.connect("development"));
        vm = onUi(() -> new IncidentsViewModel(console.context().sessions(), console.context().incident(),
                console.context().notifications(), console.context().scheduler(), console.context().io(), ui, clock,
                ZoneId.of("Europe/Berlin")));
    }

    @AfterEach
    void close() throws Exception {
        onUi(() -> {
            vm.close();
            return null;
        });
        console.close();
        ui.shutdownNow();
    }

    @Test
    void declareNoteEditPinStatusSeverityResolveAndExport() throws Exception {
        onUi(() -> run(() -> vm.declare("API returns 500s", Severity.MEDIUM, "every call fails")));
        Incidents.Incident declared = awaitSelected(i -> true);
        assertThat(console.context().incident().activeId()).isEqualTo(declared.id());
        awaitRow(r -> r.kind() == EventKind.DETECTION);
        TimelineRow detection = vm.timeline().get(0);
        assertThat(detection.utc()).endsWith("Z");
        // Berlin is an hour ahead of UTC in December (the test runs on the real date: either offset is right)
        int utcHour = Integer.parseInt(detection.utc().substring(11, 13));
        int localHour = Integer.parseInt(detection.local().substring(0, 2));
        assertThat(Math.floorMod(localHour - utcHour, 24)).isIn(1, 2);
        assertThat(detection.local().substring(2, 8)).isEqualTo(detection.utc().substring(13, 19));
        assertThat(detection.text()).contains("API returns 500s");

        onUi(() -> run(() -> vm.writes().addNote("checked the logs")));
        TimelineRow note = awaitRow(r -> r.note());
        onUi(() -> run(() -> vm.writes().editNote(note.seq(), "checked the logs and the metrics")));
        TimelineRow edited = awaitRow(r -> r.note() && r.text().contains("metrics"));
        assertThat(edited.text()).isEqualTo("checked the logs and the metrics (edited 1×)");
        assertThat(edited.history()).isEqualTo("was: checked the logs");
        assertThat(vm.timeline()).anyMatch(r -> r.kind() == EventKind.NOTE_EDIT);

        onUi(() -> run(() -> vm.writes().pin(note.seq(), true)));
        awaitRow(r -> r.seq() == note.seq() && r.pinned());
        onUi(() -> run(() -> vm.pinnedOnly(true)));
        await().atMost(Duration.ofSeconds(10)).until(() -> vm.timeline().size() == 1);
        assertThat(vm.timeline().get(0).seq()).isEqualTo(note.seq());
        onUi(() -> run(() -> {
            vm.pinnedOnly(false);
            vm.kindFilter(EventKind.NOTE_EDIT);
        }));
        await().atMost(Duration.ofSeconds(10)).until(() -> vm.timeline().stream()
                .allMatch(r -> r.kind() == EventKind.NOTE_EDIT) && vm.timeline().size() == 1);
        onUi(() -> run(() -> vm.kindFilter(null)));

        onUi(() -> run(() -> vm.writes().changeStatus(Status.IDENTIFIED, "bad deploy")));
        awaitSelected(i -> i.status() == Status.IDENTIFIED);
        onUi(() -> run(() -> vm.writes().changeSeverity(Severity.HIGH, "")));
        await().atMost(Duration.ofSeconds(5)).until(() -> !vm.writes().problemProperty().get().isEmpty());
        assertThat(vm.writes().problemProperty().get()).isEqualTo("Say why the severity changes; the timeline "
                + "records it.");
        onUi(() -> run(() -> vm.writes().changeSeverity(Severity.HIGH, "half the workflows fail")));
        awaitSelected(i -> i.severity() == Severity.HIGH);
        assertThat(console.context().incident().labelProperty().get())
                .isEqualTo(declared.id() + " · high · identified");
        awaitRow(r -> r.kind() == EventKind.SEVERITY && r.text().contains("half the workflows fail"));

        onUi(() -> run(() -> vm.writes().resolve("a bad deploy", "rolled back", "canary deploys")));
        Incidents.Incident resolved = awaitSelected(Incidents.Incident::resolved);
        assertThat(resolved.followUps()).as("severity above medium: a post-mortem").isNotEmpty();
        assertThat(resolved.timing().postMortemDue()).isNotNull();

        onUi(() -> run(() -> vm.writes().previewReport()));
        await().atMost(Duration.ofSeconds(10)).until(() -> vm.writes().reportProperty().get() != null);
        Incidents.Report report = vm.writes().reportProperty().get();
        onUi(() -> run(() -> vm.writes().saveReport(null)));
        await().atMost(Duration.ofSeconds(10)).until(() -> vm.writes().savedProperty().get() != null);
        Path file = console.workspace().incidents().resolve(declared.id() + ".md");
        assertThat(vm.writes().savedProperty().get()).isEqualTo(file);
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(report.markdown()).contains("checked the logs and the metrics")
                .contains("a bad deploy").contains("rolled back").contains("canary deploys");
        assertThat(written).isEqualTo(console.context().sessions().current().operations()
                .incidentReport(declared.id()).markdown());
    }

    @Test
    void openIncidentsComeFirstMostSevereFirstAndTheFiltersApply() throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        var ops = console.context().sessions().current().operations();
        for (Severity s : List.of(Severity.LOW, Severity.CRITICAL, Severity.MEDIUM)) {
            ids.add(ops.openIncident(new Incidents.OpenRequest("incident " + s.label(), s, "", null, null)).id());
        }
        ops.resolveIncident(ids.get(1), new Incidents.ResolveRequest("cause", "fix", "tests"));
        onUi(() -> run(vm::shown));
        await().atMost(Duration.ofSeconds(10)).until(() -> vm.incidents().size() == 3);
        assertThat(vm.incidents()).extracting(Incidents.Incident::title)
                .containsExactly("incident medium", "incident low", "incident critical");
        onUi(() -> run(() -> vm.statusFilter(Status.RESOLVED)));
        await().atMost(Duration.ofSeconds(5)).until(() -> vm.incidents().size() == 1);
        assertThat(vm.incidents().get(0).id()).isEqualTo(ids.get(1));
        onUi(() -> run(() -> {
            vm.statusFilter(null);
            vm.severityFilter(Severity.LOW);
        }));
        await().atMost(Duration.ofSeconds(5)).until(() -> vm.incidents().size() == 1
                && vm.incidents().get(0).id().equals(ids.get(0)));
    }

    @Test
    void theUpdateCadencePostsOneNotificationWhenDueAndSendingResetsIt() throws Exception {
        onUi(() -> run(() -> vm.declare("Slow responses", Severity.MEDIUM, "")));
        Incidents.Incident incident = awaitSelected(i -> true);
        // the engine's clock is the real one: count from the start it recorded
        clock.advance(Duration.between(clock.instant(), incident.startedAt()).plusMinutes(29));
        onUi(() -> run(vm::tick));
        assertThat(onUi(() -> vm.timingProperty().get().updateDue())).isFalse();
        assertThat(notices()).noneMatch(n -> n.title().startsWith("Update due"));
        clock.advance(Duration.ofMinutes(2));
        onUi(() -> run(vm::tick));
        onUi(() -> run(vm::tick));
        assertThat(onUi(() -> vm.timingProperty().get().countdown())).isEqualTo("next update overdue by 1 min 00 s");
        assertThat(notices()).filteredOn(n -> n.title().equals("Update due: " + incident.id())).hasSize(1);

        onUi(() -> run(() -> vm.writes().loadCommunications()));
        await().atMost(Duration.ofSeconds(10)).until(() -> !vm.writes().communications().isEmpty());
        Incidents.Communication first = vm.writes().communications().get(0);
        assertThat(first.text()).contains("Incident ID: " + incident.id()).contains("Severity: Medium");
        onUi(() -> run(() -> vm.writes().markSent(first.templateId(), first.text() + "\nedited", "#ops")));
        awaitRow(r -> r.kind() == EventKind.COMMUNICATION);
        Incidents.Event sent = console.context().sessions().current().operations()
                .incidentEvents(incident.id(), 0, EventKind.COMMUNICATION).events().get(0);
        assertThat(sent.payload()).containsEntry("text", first.text() + "\nedited").containsEntry("channel", "#ops");
        // the countdown starts again from the message sent, as the store recorded it
        Instant due = sent.at().plus(Duration.ofMinutes(30));
        await().atMost(Duration.ofSeconds(10)).until(() -> onUi(() -> {
            vm.tick();
            return due.equals(vm.timingProperty().get().nextUpdateDue());
        }));
        clock.advance(Duration.between(clock.instant(), due).minusMinutes(10));
        onUi(() -> run(vm::tick));
        assertThat(onUi(() -> vm.timingProperty().get().countdown())).isEqualTo("next update due in 10 min 00 s");
    }

    @Test
    void blankInputIsRefusedWithASentenceAndWritesNothing() throws Exception {
        onUi(() -> run(() -> vm.declare("  ", Severity.LOW, "")));
        await().atMost(Duration.ofSeconds(5)).until(() -> !vm.writes().problemProperty().get().isEmpty());
        assertThat(vm.writes().problemProperty().get()).isEqualTo("Give the incident a title: what is wrong, in a "
                + "few words.");
        assertThat(console.context().sessions().current().operations().incidents(0)).isEmpty();
        onUi(() -> run(() -> vm.writes().addNote("no incident")));
        await().atMost(Duration.ofSeconds(5)).until(() -> vm.writes().problemProperty().get().startsWith("Choose"));
    }

    private List<Notifications.Notice> notices() throws Exception {
        return onUi(() -> List.copyOf(console.context().notifications().notices()));
    }

    private Incidents.Incident awaitSelected(java.util.function.Predicate<Incidents.Incident> condition) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            Incidents.Incident i = vm.selectedProperty().get();
            return i != null && condition.test(i);
        });
        return vm.selectedProperty().get();
    }

    private TimelineRow awaitRow(java.util.function.Predicate<TimelineRow> condition) {
        await().atMost(Duration.ofSeconds(10)).until(() -> onUi(() -> vm.timeline().stream().anyMatch(condition)));
        return vm.timeline().stream().filter(condition).findFirst().orElseThrow();
    }

    private static Void run(Runnable r) {
        r.run();
        return null;
    }

    private <T> T onUi(Callable<T> call) throws Exception {
        return ui.submit(call).get(10, TimeUnit.SECONDS);
    }
}
