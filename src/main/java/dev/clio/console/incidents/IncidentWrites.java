package dev.clio.console.incidents;

import dev.clio.console.common.Background;
import dev.clio.console.common.Session;
import dev.clio.incident.ReportFiles;
import dev.clio.ops.Incidents;
import dev.clio.ops.Incidents.EventKind;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The changes the Incidents view makes to the selected incident, each one Operations call off the UI thread whose
 * answer is read back before it shows: notes (added, edited, pinned), severity and status with a reason, the
 * resolution, communications marked as sent, and the markdown report (previewed, then written atomically).
 */
public final class IncidentWrites {

    private final IncidentsViewModel vm;
    private final Executor io;
    private final Executor ui;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ObservableList<Incidents.Communication> communications = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Incidents.Report> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<Path> saved = new ReadOnlyObjectWrapper<>(this, "saved");

    IncidentWrites(IncidentsViewModel vm, Executor io, Executor ui) {
        this.vm = vm;
        this.io = io;
        this.ui = ui;
    }

    // Properties

    /** What the last change did ("Note added"); empty after a failure. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last change failed, as a sentence; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The templates filled from the selected incident as last read ({@link #loadCommunications()}). */
    public ObservableList<Incidents.Communication> communications() {
        return communications;
    }

    /** The report last previewed; null until {@link #previewReport()} answered. */
    public ReadOnlyObjectProperty<Incidents.Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Where the report was last written. */
    public ReadOnlyObjectProperty<Path> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    // Commands

    public void addNote(String text) {
        if (blank(text, "Write the note first.")) {
            return;
        }
        vm.write("Note added", ops -> ops.recordIncidentEvent(id(), new Incidents.EventRequest(EventKind.NOTE,
                Map.of("text", text.strip()))), e -> { });
    }

    /** Edits note {@code seq}; the timeline keeps the earlier text. */
    public void editNote(long seq, String text) {
        if (blank(text, "A note cannot be emptied; write what it should say.")) {
            return;
        }
        vm.write("Note #" + seq + " edited", ops -> ops.editIncidentNote(id(), seq, text.strip()), e -> { });
    }

    public void pin(long seq, boolean pinned) {
        vm.write(pinned ? "Pinned #" + seq : "Unpinned #" + seq, ops -> ops.pinIncidentEvent(id(), seq, pinned),
                e -> { });
    }

    public void changeSeverity(Incidents.Severity severity, String why) {
        if (blank(why, "Say why the severity changes; the timeline records it.")) {
            return;
        }
        vm.write("Severity now " + severity.label(), ops -> ops.changeIncidentSeverity(id(), severity, why.strip()),
                i -> { });
    }

    /** Moves along investigating → identified → monitoring, or reopens a resolved incident. */
    public void changeStatus(Incidents.Status status, String why) {
        vm.write("Status now " + status.label(), ops -> ops.changeIncidentStatus(id(), status, blankToNull(why)),
                i -> { });
    }

    public void resolve(String rootCause, String resolution, String preventive) {
        if (blank(rootCause, "Fill in the root cause before resolving.")
                || blank(resolution, "Fill in the resolution before resolving.")
                || blank(preventive, "Fill in the preventive measures before resolving: what keeps it from "
                        + "happening again.")) {
            return;
        }
        vm.write("Resolved", ops -> ops.resolveIncident(id(), new Incidents.ResolveRequest(rootCause.strip(),
                resolution.strip(), preventive.strip())), i -> loadCommunications());
    }

    /** Fills every template from the incident as it is now. */
    public void loadCommunications() {
        vm.write("", ops -> ops.incidentCommunications(id()), communications::setAll);
    }

    /** Records that {@code text} (as edited) went out; the next update falls due 30 minutes later. */
    public void markSent(String templateId, String text, String channel) {
        if (blank(text, "The message is empty: fill in what was sent.")) {
            return;
        }
        vm.write("Marked as sent", ops -> ops.markCommunicationSent(id(), templateId, text, blankToNull(channel)),
                e -> { });
    }

    /** Saves a message (as edited) to a file, e.g. to paste into a mail client later; nothing is recorded. */
    public void saveCommunication(Path file, String text) {
        Background.call(() -> ReportFiles.write(file, text == null ? "" : text))
                .onSuccess(path -> done("Message saved to " + path)).onError(this::failed).runOn(io, ui);
    }

    /** Reads the report to show before saving. */
    public void previewReport() {
        vm.write("Report ready to save", ops -> ops.incidentReport(id()), report::set);
    }

    /**
     * Writes the previewed report: to {@code target}, or (null) to {@code incidents/INC-….md} in an embedded
     * session's workspace. A remote session has no workspace here, so it needs a chosen file.
     */
    public void saveReport(Path target) {
        Incidents.Report shown = report.get();
        Session session = vm.session();
        if (shown == null) {
            failed("Preview the report first; what is saved is what was shown.");
            return;
        }
        Path file = target != null ? target : session != null && session.embedded()
                ? session.workspaceOrNull().incidents().resolve(shown.fileName()) : null;
        if (file == null) {
            failed("This connection is a server: choose a file to save the report to.");
            return;
        }
        Background.call(() -> ReportFiles.write(file, shown.markdown())).onSuccess(path -> {
            saved.set(path);
            done("Report saved to " + path);
        }).onError(this::failed).runOn(io, ui);
    }

    // for the view model

    void done(String text) {
        problem.set("");
        if (!text.isEmpty()) {
            message.set(text);
        }
    }

    void failed(String sentence) {
        message.set("");
        problem.set(sentence);
    }

    void selectionChanged() {
        communications.clear();
        report.set(null);
        message.set("");
        problem.set("");
    }

    private String id() {
        return vm.selectedProperty().get().id();
    }

    private boolean blank(String text, String sentence) {
        if (text == null || text.isBlank()) {
            failed(sentence);
            return true;
        }
        return false;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
