package dev.clio.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.incident.MarkdownReport;
import dev.clio.ops.Incidents.Event;
import dev.clio.ops.Incidents.EventKind;
import dev.clio.ops.Incidents.EventPage;
import dev.clio.ops.Incidents.EventRequest;
import dev.clio.ops.Incidents.Incident;
import dev.clio.ops.Incidents.OpenRequest;
import dev.clio.ops.Incidents.ResolveRequest;
import dev.clio.ops.Incidents.Severity;
import dev.clio.ops.Incidents.Status;
import dev.clio.ops.OpsException.Kind;
import dev.clio.security.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The incident calls of the Operations contract, run by every {@link OperationsContract} subclass: embedded over
 * SQLite and PostgreSQL, and remote, where the two roles' clients are two consoles on one server.
 */
public abstract class IncidentsContract extends OperationsContractBase {

    private Incident declare(Operations ops) {
        return ops.openIncident(new OpenRequest("API returning 500s", Severity.HIGH, "every call fails",
                new Incidents.SourceAlert("api_error_rate", "critical", Map.of("value", 0.4)), null));
    }

    @Test
    void anIncidentIsDeclaredListedAndShownWithItsDetectionEntryAndTiming() {
        Incident opened = declare(operator());
        assertThat(opened.id()).matches("INC-\\d{14}(-\\d+)?");
        assertThat(opened.declaredBy()).isEqualTo(actorOf(caller(Role.OPERATOR)));
        assertThat(opened.timing().phase()).isEqualTo(Incidents.Phase.DETECTION);
        assertThat(opened.timing().nextUpdateDue()).isEqualTo(opened.startedAt().plusSeconds(1800));
        assertThat(viewer().incidents(10)).extracting(Incident::id).containsExactly(opened.id());
        Incident shown = viewer().incident(opened.id());
        assertThat(shown.sourceAlert().values()).containsEntry("value", 0.4);
        assertThat(shown.title()).isEqualTo("API returning 500s");
        EventPage page = viewer().incidentEvents(opened.id(), 0, null);
        assertThat(page.events()).extracting(Event::kind).containsExactly(EventKind.DETECTION,
                EventKind.KPI_SNAPSHOT);
        assertThat(page.events().get(0).payload()).containsEntry("alert_id", "api_error_rate");
        assertThat(page.events().get(1).payload()).containsEntry("label", "declaration");
        assertThat(page.events().get(1).payload().get("values").toString()).as("every KPI at declaration")
                .contains("api_response_time_p95=", "memory_usage=");
        assertThat(viewer().incidentReport(opened.id()).markdown()).contains("## KPI snapshots", "### declaration");
    }

    @Test
    void twoClientsSeeEachOthersEntriesByPollingFromTheLastSeqTheyHave() {
        Operations first = operator();
        Operations second = admin();
        Incident incident = declare(first);
        long seen = first.incidentEvents(incident.id(), 0, null).incident().lastSeq();
        Event note = second.recordIncidentEvent(incident.id(), new EventRequest(EventKind.NOTE,
                Map.of("text", "restarting the app")));
        second.recordIncidentEvent(incident.id(), new EventRequest(EventKind.CONTAINER_ACTION,
                Map.of("action", "restart", "container", "clio", "result", "restarted")));
        EventPage page = first.incidentEvents(incident.id(), seen, null);
        assertThat(page.events()).extracting(Event::seq, Event::kind, Event::actor).containsExactly(
                org.assertj.core.groups.Tuple.tuple(seen + 1, EventKind.NOTE, actorOf(caller(Role.ADMIN))),
                org.assertj.core.groups.Tuple.tuple(seen + 2, EventKind.CONTAINER_ACTION, actorOf(caller(Role.ADMIN))));
        long revision = page.incident().revision();
        first.pinIncidentEvent(incident.id(), note.seq(), true);
        EventPage after = second.incidentEvents(incident.id(), seen + 2, null);
        assertThat(after.events()).isEmpty();
        assertThat(after.incident().revision()).as("a pin moves the revision").isGreaterThan(revision);
        assertThat(second.incidentEvents(incident.id(), 0, EventKind.NOTE).events()).singleElement()
                .satisfies(e -> assertThat(e.pinned()).isTrue());
        Event edit = first.editIncidentNote(incident.id(), note.seq(), "restarting the database");
        assertThat(edit.payload()).containsEntry("previous", "restarting the app");
    }

    @Test
    void severityStatusAndResolutionGoThroughTheSameRulesInEveryMode() {
        Operations ops = operator();
        Incident incident = declare(ops);
        String id = incident.id();
        assertThat(ops.changeIncidentSeverity(id, Severity.CRITICAL, "down for everyone").severity())
                .isEqualTo(Severity.CRITICAL);
        assertKind(Kind.CONFLICT, () -> ops.changeIncidentSeverity(id, Severity.CRITICAL, null));
        assertThat(ops.changeIncidentStatus(id, Status.IDENTIFIED, "pool exhausted").status())
                .isEqualTo(Status.IDENTIFIED);
        assertKind(Kind.INVALID_REQUEST, () -> ops.changeIncidentStatus(id, Status.RESOLVED, null));
        assertKind(Kind.INVALID_REQUEST, () -> ops.resolveIncident(id, new ResolveRequest("cause", null, "p")));
        assertKind(Kind.INVALID_REQUEST, () -> ops.recordIncidentEvent(id, new EventRequest(EventKind.STATUS,
                Map.of())));
        Incident resolved = ops.resolveIncident(id, new ResolveRequest("pool too small", "raised to 40",
                "alert on saturation"));
        assertThat(resolved.status()).isEqualTo(Status.RESOLVED);
        assertThat(resolved.endedAt()).isNotNull();
        assertThat(resolved.timing().postMortemDue()).isNotNull();
        assertThat(resolved.followUps()).hasSize(2);
        assertKind(Kind.NOT_FOUND, () -> ops.incident("INC-19990101000000"));
        assertKind(Kind.INVALID_REQUEST, () -> ops.incident("INC-x"));
        assertKind(Kind.NOT_FOUND, () -> ops.pinIncidentEvent(id, 999, true));
        assertThat(ops.incidentEvents(id, 0, null).events()).extracting(Event::kind).containsExactly(
                EventKind.DETECTION, EventKind.KPI_SNAPSHOT, EventKind.SEVERITY, EventKind.STATUS,
                EventKind.RESOLUTION, EventKind.KPI_SNAPSHOT);
        assertThat(ops.incidentEvents(id, 0, EventKind.KPI_SNAPSHOT).events()).extracting(e -> e.payload().get(
                "label")).containsExactly("declaration", "resolution");
    }

    @Test
    void aViewerReadsButWritesNothing() {
        Incident incident = declare(operator());
        Operations viewer = viewer();
        assertKind(Kind.FORBIDDEN, () -> declare(viewer));
        assertKind(Kind.FORBIDDEN, () -> viewer.recordIncidentEvent(incident.id(), new EventRequest(EventKind.NOTE,
                Map.of("text", "x"))));
        assertKind(Kind.FORBIDDEN, () -> viewer.changeIncidentStatus(incident.id(), Status.IDENTIFIED, null));
        assertKind(Kind.FORBIDDEN, () -> viewer.markCommunicationSent(incident.id(), "initial", null, null));
        assertThat(viewer.incidentCommunications(incident.id())).hasSize(2);
        assertThat(viewer.incidentReport(incident.id()).markdown()).contains(incident.id());
        assertThat(viewer.incidentEvents(incident.id(), 0, null).incident().lastSeq()).as("detection, KPI snapshot")
                .isEqualTo(2);
    }

    @Test
    void communicationsAreFilledMarkedSentAndTheReportIsTheSameBytesEachTime() {
        Operations ops = operator();
        Incident incident = declare(ops);
        List<Incidents.Communication> filled = ops.incidentCommunications(incident.id());
        assertThat(filled.get(0).text()).contains("Severity: High").contains("Incident ID: " + incident.id())
                .contains("Impact: every call fails");
        Event sent = ops.markCommunicationSent(incident.id(), "initial", filled.get(0).text() + "\n(edited)",
                "email");
        assertThat(sent.payload()).containsEntry("name", "Initial Incident Notification")
                .containsEntry("channel", "email");
        assertThat(ops.incident(incident.id()).timing().nextUpdateDue()).isEqualTo(sent.at().plusSeconds(1800));
        assertKind(Kind.NOT_FOUND, () -> ops.markCommunicationSent(incident.id(), "nope", null, null));
        Incidents.Report report = ops.incidentReport(incident.id());
        assertThat(report.fileName()).isEqualTo(incident.id() + ".md");
        EventPage page = ops.incidentEvents(incident.id(), 0, null);
        assertThat(report.markdown()).isEqualTo(MarkdownReport.render(page.incident(), page.events()))
                .isEqualTo(viewer().incidentReport(incident.id()).markdown()).contains("(edited)");
    }
}
