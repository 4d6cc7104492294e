package dev.clio.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clio.ops.Incidents;
import dev.clio.ops.Incidents.Event;
import dev.clio.ops.Incidents.EventKind;
import dev.clio.ops.Incidents.EventRequest;
import dev.clio.ops.Incidents.Incident;
import dev.clio.ops.Incidents.OpenRequest;
import dev.clio.ops.Incidents.Phase;
import dev.clio.ops.Incidents.ResolveRequest;
import dev.clio.ops.Incidents.Severity;
import dev.clio.ops.Incidents.Status;
import dev.clio.ops.OpsException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incident lifecycle over a real SQLite store, on a clock the test moves. */
class IncidentServiceTest {

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

    private Incident declare(Severity severity) {
        return f.service.open(new OpenRequest("API returning 500s", severity, "every call fails", null, null),
                "local:alice");
    }

    @Test
    void anIncidentIsDeclaredInvestigatingWithADetectionEntryAndTheSeedsTimeTargets() {
        Incident i = declare(Severity.CRITICAL);
        assertThat(i.id()).isEqualTo("INC-20261202053227");
        assertThat(i.status()).isEqualTo(Status.INVESTIGATING);
        assertThat(i.declaredBy()).isEqualTo("local:alice");
        assertThat(i.timing().respondBy()).isEqualTo(Instant.parse("2026-12-02T05:37:27Z"));
        assertThat(i.timing().nextUpdateDue()).isEqualTo(Instant.parse("2026-12-02T06:02:27Z"));
        List<Event> events = f.service.events(i.id(), 0, null).events();
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.seq()).isEqualTo(1);
            assertThat(e.kind()).isEqualTo(EventKind.DETECTION);
            assertThat(e.payload()).containsEntry("severity", "critical").containsEntry("impact", "every call fails");
        });
    }

    @Test
    void phasesFollowTheElapsedTimeAndResolvingStartsThePostIncidentPhase() {
        Incident i = declare(Severity.HIGH);
        assertThat(f.service.get(i.id()).timing().phase()).isEqualTo(Phase.DETECTION);
        f.clock.advance(Duration.ofMinutes(5));
        assertThat(f.service.get(i.id()).timing().phase()).isEqualTo(Phase.INITIAL_RESPONSE);
        f.clock.advance(Duration.ofMinutes(10));
        assertThat(f.service.get(i.id()).timing().phase()).isEqualTo(Phase.DIAGNOSIS);
        assertThat(f.service.get(i.id()).timing().phaseOverrun()).isFalse();
        f.clock.advance(Duration.ofMinutes(45));
        Incident late = f.service.get(i.id());
        assertThat(late.timing().phase()).isEqualTo(Phase.DIAGNOSIS);
        assertThat(late.timing().phaseOverrun()).isTrue();
        assertThat(late.timing().elapsedSeconds()).isEqualTo(3600);
        assertThat(late.followUps()).containsExactly("Schedule a post-mortem (severity above medium)",
                "Update monitoring and alerting based on lessons learned");
        Incident resolved = f.service.resolve(i.id(), new ResolveRequest("a bad deploy", "rolled back",
                "canary deploys"), "local:bob");
        assertThat(resolved.timing().phase()).isEqualTo(Phase.POST_INCIDENT);
        assertThat(resolved.timing().nextUpdateDue()).isNull();
        assertThat(resolved.timing().postMortemDue()).isEqualTo(Instant.parse("2026-12-09T06:32:27Z"));
        assertThat(resolved.followUps()).first().isEqualTo("Hold the post-mortem by 2026-12-09");
    }

    @Test
    void aMediumIncidentNeedsNoPostMortemAndALowOneIsAnsweredByTheEndOfTheNextBusinessDay() {
        IncidentFixture friday = new IncidentFixture(dir.resolve("fri"), "2026-12-04T16:00:00Z");
        try (friday) {
            Incident low = friday.service.open(new OpenRequest("typo", Severity.LOW, null, null, null), "a");
            assertThat(low.timing().respondBy()).isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));
        }
        Incident medium = declare(Severity.MEDIUM);
        Incident resolved = f.service.resolve(medium.id(), new ResolveRequest("r", "s", "p"), "local:bob");
        assertThat(resolved.timing().postMortemDue()).isNull();
        assertThat(resolved.followUps()).isEmpty();
    }

    @Test
    void severityAndStatusChangesRecordWhoAndWhyAndAResolvedIncidentCanBeReopened() {
        Incident i = declare(Severity.HIGH);
        f.clock.advance(Duration.ofMinutes(3));
        f.service.changeSeverity(i.id(), Severity.CRITICAL, "error rate 60%", "local:bob");
        f.service.changeStatus(i.id(), Status.IDENTIFIED, "bad deploy found", "local:bob");
        f.service.changeStatus(i.id(), Status.MONITORING, null, "local:carol");
        f.service.resolve(i.id(), new ResolveRequest("deploy 41", "rolled back", "canary"), "local:carol");
        Incident reopened = f.service.changeStatus(i.id(), Status.INVESTIGATING, "errors are back", "local:dan");
        assertThat(reopened.status()).isEqualTo(Status.INVESTIGATING);
        assertThat(reopened.endedAt()).isNull();
        assertThat(reopened.severity()).isEqualTo(Severity.CRITICAL);
        List<Event> changes = f.service.events(i.id(), 1, null).events();
        assertThat(changes).extracting(Event::kind).containsExactly(EventKind.SEVERITY, EventKind.STATUS,
                EventKind.STATUS, EventKind.RESOLUTION, EventKind.STATUS);
        assertThat(changes.get(0).actor()).isEqualTo("local:bob");
        assertThat(changes.get(0).payload()).containsEntry("from", "high").containsEntry("to", "critical")
                .containsEntry("why", "error rate 60%");
        assertThat(changes.get(4).payload()).containsEntry("from", "resolved").containsEntry("reopened", true)
                .containsEntry("why", "errors are back");
        assertThat(changes.get(4).actor()).isEqualTo("local:dan");
    }

    @Test
    void changesThatMakeNoSenseAreRefusedInPlainWordsAndChangeNothing() {
        Incident i = declare(Severity.HIGH);
        assertKind(OpsException.Kind.CONFLICT, () -> f.service.changeSeverity(i.id(), Severity.HIGH, null, "a"));
        assertKind(OpsException.Kind.CONFLICT, () -> f.service.changeStatus(i.id(), Status.INVESTIGATING, null,
                "a"));
        assertThatThrownBy(() -> f.service.changeStatus(i.id(), Status.RESOLVED, null, "a"))
                .hasMessageContaining("resolve");
        assertThatThrownBy(() -> f.service.resolve(i.id(), new ResolveRequest("x", " ", "z"), "a"))
                .hasMessage("resolution: required and not blank");
        f.service.resolve(i.id(), new ResolveRequest("x", "y", "z"), "a");
        assertKind(OpsException.Kind.CONFLICT, () -> f.service.resolve(i.id(), new ResolveRequest("x", "y", "z"),
                "a"));
        assertKind(OpsException.Kind.NOT_FOUND, () -> f.service.get("INC-20000101000000"));
        assertKind(OpsException.Kind.INVALID_REQUEST, () -> f.service.get("../etc/passwd"));
        assertKind(OpsException.Kind.INVALID_REQUEST, () -> f.service.open(new OpenRequest("two\nlines",
                Severity.LOW, null, null, null), "a"));
        assertKind(OpsException.Kind.INVALID_REQUEST, () -> f.service.open(new OpenRequest("t", Severity.LOW, null,
                null, Instant.parse(IncidentFixture.T0).plus(Duration.ofHours(1))), "a"));
        assertThat(f.service.get(i.id()).lastSeq()).as("detection and resolution only").isEqualTo(2);
    }

    @Test
    void incidentsDeclaredInTheSameSecondGetSuffixes() {
        assertThat(List.of(declare(Severity.LOW), declare(Severity.LOW), declare(Severity.LOW)))
                .extracting(Incident::id)
                .containsExactly("INC-20261202053227", "INC-20261202053227-2", "INC-20261202053227-3");
        f.clock.advance(Duration.ofSeconds(1));
        assertThat(declare(Severity.LOW).id()).isEqualTo("INC-20261202053228");
        assertThat(f.service.list(10)).hasSize(4);
    }

    @Test
    void notesAreEditableWithTheirHistoryKeptAndEntriesCanBePinnedAndFiltered() {
        Incident i = declare(Severity.MEDIUM);
        Event note = f.service.note(i.id(), "looking at the load balancer", "local:alice");
        f.service.record(i.id(), new EventRequest(EventKind.COMMAND, Map.of("command", "docker stats")), "local:bob");
        f.service.editNote(i.id(), note.seq(), "looking at the database", "local:alice");
        Event second = f.service.editNote(i.id(), note.seq(), "it is the database", "local:bob");
        assertThat(second.payload()).containsEntry("previous", "looking at the database")
                .containsEntry("note_seq", 2);
        List<Event> all = f.service.events(i.id(), 0, null).events();
        assertThat(Notes.current(all, note)).isEqualTo("it is the database");
        assertThat(Notes.edits(all, note.seq())).extracting(e -> e.payload().get("text"))
                .containsExactly("looking at the database", "it is the database");
        assertThat(f.service.event(i.id(), note.seq()).payload()).containsEntry("text",
                "looking at the load balancer");
        long revision = f.service.get(i.id()).revision();
        assertThat(f.service.pin(i.id(), note.seq(), true).pinned()).isTrue();
        assertThat(f.service.get(i.id()).revision()).isGreaterThan(revision);
        assertThat(f.service.events(i.id(), 0, EventKind.NOTE_EDIT).events()).hasSize(2);
        assertThat(f.service.events(i.id(), 3, null).events()).extracting(Event::seq).containsExactly(4L, 5L);
        Event command = all.get(2);
        assertThatThrownBy(() -> f.service.editNote(i.id(), command.seq(), "x", "a"))
                .hasMessageContaining("only notes can be edited");
        assertKind(OpsException.Kind.NOT_FOUND, () -> f.service.pin(i.id(), 99, true));
    }

    @Test
    void entriesThatOnlyTheirOwnCallMayWriteAreRefusedOnTheGenericPath() {
        Incident i = declare(Severity.MEDIUM);
        for (EventKind kind : List.of(EventKind.STATUS, EventKind.SEVERITY, EventKind.RESOLUTION,
                EventKind.NOTE_EDIT, EventKind.COMMUNICATION)) {
            assertThatThrownBy(() -> f.service.record(i.id(), new EventRequest(kind, Map.of()), "a"))
                    .as(kind.label()).hasMessageContaining("written by their own call");
        }
        assertThatThrownBy(() -> f.service.record(i.id(), new EventRequest(EventKind.NOTE, Map.of()), "a"))
                .hasMessage("payload.text: required and not blank");
        assertThatThrownBy(() -> f.service.record(i.id(), new EventRequest(EventKind.COMMAND,
                Map.of("output", "x".repeat(70_000))), "a")).hasMessageContaining("at most 65536");
        assertThat(f.service.get(i.id()).lastSeq()).isEqualTo(1);
    }

    @Test
    void aCommunicationSentMovesTheNextUpdateDue() {
        Incident i = declare(Severity.CRITICAL);
        f.clock.advance(Duration.ofMinutes(12));
        Event sent = f.service.communicationSent(i.id(), "initial", "Initial Incident Notification", "text", "email",
                "local:alice");
        assertThat(sent.kind()).isEqualTo(EventKind.COMMUNICATION);
        assertThat(f.service.get(i.id()).timing().nextUpdateDue()).isEqualTo(Instant.parse("2026-12-02T06:14:27Z"));
    }

    @Test
    void anAlertSuggestsTheSeverityAndItsValuesAreKept() {
        assertThat(Incidents.suggestedSeverity("critical")).isEqualTo(Severity.CRITICAL);
        assertThat(Incidents.suggestedSeverity("warning")).isEqualTo(Severity.HIGH);
        assertThat(Incidents.suggestedSeverity(null)).isEqualTo(Severity.MEDIUM);
        Incident i = f.service.open(new OpenRequest("errors", Incidents.suggestedSeverity("critical"), null,
                new Incidents.SourceAlert("api_error_rate", "critical", Map.of("value", 0.12)), null), "a");
        assertThat(f.service.get(i.id()).sourceAlert().values()).containsEntry("value", 0.12);
        assertThat(f.service.events(i.id(), 0, null).events().get(0).payload())
                .containsEntry("alert_id", "api_error_rate");
    }

    static void assertKind(OpsException.Kind kind, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(OpsException.class)
                .satisfies(e -> assertThat(((OpsException) e).kind()).isEqualTo(kind));
    }
}
