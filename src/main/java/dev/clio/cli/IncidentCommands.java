package dev.clio.cli;

import dev.clio.incident.ReportFiles;
import dev.clio.ops.Incidents;
import dev.clio.ops.Operations;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code incident} subcommands: each one or two Operations calls, printed by {@link IncidentText}. */
final class IncidentCommands {

    private IncidentCommands() {
    }

    @Command(name = "open", mixinStandardHelpOptions = true, description = "Declare an incident; prints its id.")
    static final class Open extends OpsCommand {
        @Option(names = "--severity", required = true, paramLabel = "LEVEL",
                description = "critical | high | medium | low (the seed's classification table).")
        String severity;

        @Option(names = "--title", required = true, paramLabel = "TEXT", description = "One line: what is wrong.")
        String title;

        @Option(names = "--impact", paramLabel = "TEXT", description = "What users cannot do.")
        String impact;

        @Override
        int run(Operations ops, Output out) {
            Incidents.Incident incident = ops.openIncident(new Incidents.OpenRequest(title,
                    Incidents.Severity.parse(severity), impact, null, null));
            if (out.json()) {
                out.printJson(incident);
            } else {
                out.out().println(incident.id());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Incidents, newest first.")
    static final class ListAll extends OpsCommand {
        @Option(names = "--limit", defaultValue = "50", paramLabel = "N", description = "At most N (1-1000).")
        int limit;

        @Override
        int run(Operations ops, Output out) {
            var incidents = ops.incidents(limit);
            if (out.json()) {
                out.printJson(Map.of("incidents", incidents));
            } else {
                IncidentText.list(incidents, out.out());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One incident: severity, status, phase, next update due, and its timeline.")
    static final class Show extends OpsCommand {
        @Parameters(paramLabel = "ID", description = "INC-YYYYMMDDHHMMSS")
        String id;

        @Override
        int run(Operations ops, Output out) {
            Incidents.EventPage page = ops.incidentEvents(id, 0, null);
            if (out.json()) {
                out.printJson(page);
            } else {
                IncidentText.show(page, out.out());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "note", mixinStandardHelpOptions = true, description = "Add a note to the timeline.")
    static final class Note extends OpsCommand {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Parameters(index = "1", paramLabel = "TEXT")
        String text;

        @Override
        int run(Operations ops, Output out) {
            Incidents.Event event = ops.recordIncidentEvent(id, new Incidents.EventRequest(Incidents.EventKind.NOTE,
                    Map.of("text", text)));
            if (out.json()) {
                out.printJson(event);
            } else {
                out.out().println("note #" + event.seq() + " added to " + id);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Change the status: investigating, identified, monitoring (a resolved one is reopened).")
    static final class Status extends OpsCommand {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Parameters(index = "1", paramLabel = "STATUS")
        String status;

        @Option(names = "--why", paramLabel = "TEXT", description = "Why, recorded in the timeline.")
        String why;

        @Override
        int run(Operations ops, Output out) {
            Incidents.Incident incident = ops.changeIncidentStatus(id, Incidents.Status.parse(status), why);
            return IncidentText.changed(incident, "status " + incident.status().label(), out);
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = "Resolve with the seed's post-incident fields.")
    static final class Resolve extends OpsCommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--root-cause", required = true, paramLabel = "TEXT")
        String rootCause;

        @Option(names = "--resolution", required = true, paramLabel = "TEXT")
        String resolution;

        @Option(names = "--preventive", required = true, paramLabel = "TEXT",
                description = "Preventive measures.")
        String preventive;

        @Override
        int run(Operations ops, Output out) {
            Incidents.Incident incident = ops.resolveIncident(id, new Incidents.ResolveRequest(rootCause, resolution,
                    preventive));
            return IncidentText.changed(incident, "resolved", out);
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the markdown report (default incidents/ID.md of the workspace, or of the current "
                    + "directory against a server).")
    static final class Export extends OpsCommand {
        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--out", paramLabel = "FILE", description = "Write here instead.")
        Path outFile;

        @Override
        int run(Operations ops, Output out) {
            Incidents.Report report = ops.incidentReport(id);
            Path target = outFile != null ? options.context().cwd().resolve(outFile)
                    : (options.workspaceOrNull() != null ? options.workspaceOrNull().incidents()
                            : options.context().cwd().resolve("incidents")).resolve(report.fileName());
            Path written = ReportFiles.write(target, report.markdown());
            if (out.json()) {
                out.printJson(Map.of("incident_id", id, "file", written.toString(),
                        "bytes", report.markdown().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
            } else {
                out.out().println("wrote " + written);
            }
            return ExitCodes.OK;
        }
    }
}
