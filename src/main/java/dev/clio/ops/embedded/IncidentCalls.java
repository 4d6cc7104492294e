package dev.clio.ops.embedded;

import dev.clio.incident.CommunicationTemplates;
import dev.clio.incident.IncidentService;
import dev.clio.incident.MarkdownReport;
import dev.clio.ops.Incidents;
import dev.clio.ops.Incidents.Communication;
import dev.clio.ops.Incidents.Event;
import dev.clio.ops.Incidents.Report;
import java.time.Clock;
import java.util.List;

/** The incident calls that need more than the service: templates from the workspace, the report. */
final class IncidentCalls {

    private final IncidentService service;
    private final CommunicationTemplates templates;
    private final Clock clock;

    IncidentCalls(EmbeddedEngine engine) {
        this.service = engine.incidents();
        this.templates = new CommunicationTemplates(engine.workspace().config()
                .resolve(CommunicationTemplates.WORKSPACE_FILE));
        this.clock = engine.clock();
    }

    List<Communication> communications(String id) {
        return templates.fill(service.get(id), clock.instant());
    }

    /** The template's name is recorded with the text as sent (it may have been edited; null sends it as filled). */
    Event sent(String id, String templateId, String text, String channel, String actor) {
        Communication template = templates.fill(service.get(id), templateId, clock.instant());
        return service.communicationSent(id, templateId, template.name(), text == null ? template.text() : text,
                channel, actor);
    }

    Report report(String id) {
        Incidents.EventPage page = service.events(id, 0, null);
        return new Report(id, id + ".md", MarkdownReport.render(page.incident(), page.events()));
    }
}
