package dev.clio.console.incidents;

import dev.clio.ops.Incidents;
import dev.clio.ops.Incidents.Incident;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The session's incidents as last read, in the list's order (open ones first, most severe, then newest; resolved ones
 * after) and through the status and severity filters. UI thread only.
 */
final class IncidentCatalog {

    private static final Comparator<Incident> ORDER = Comparator.comparing(Incident::resolved)
            .thenComparing(i -> i.resolved() ? 0 : i.severity().ordinal())
            .thenComparing(Incident::startedAt, Comparator.reverseOrder());

    private final ObservableList<Incident> shown = FXCollections.observableArrayList();
    private final ObservableList<Incident> shownView = FXCollections.unmodifiableObservableList(shown);
    private final ReadOnlyObjectWrapper<Incidents.Status> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyObjectWrapper<Incidents.Severity> severity = new ReadOnlyObjectWrapper<>(this, "severity");
    private List<Incident> all = List.of();

    ObservableList<Incident> shown() {
        return shownView;
    }

    ReadOnlyObjectProperty<Incidents.Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Incidents.Severity> severityProperty() {
        return severity.getReadOnlyProperty();
    }

    /** The first incident shown, or null. */
    String firstId() {
        return shown.isEmpty() ? null : shown.get(0).id();
    }

    void replace(List<Incident> incidents) {
        all = List.copyOf(incidents);
        publish();
    }

    /** One incident read again (after a change or a poll). */
    void update(Incident incident) {
        all = all.stream().map(i -> i.id().equals(incident.id()) ? incident : i).toList();
        publish();
    }

    void status(Incidents.Status value) {
        status.set(value);
        publish();
    }

    void severity(Incidents.Severity value) {
        severity.set(value);
        publish();
    }

    void clear() {
        all = List.of();
        shown.clear();
    }

    private void publish() {
        List<Incident> next = all.stream().filter(i -> status.get() == null || i.status() == status.get())
                .filter(i -> severity.get() == null || i.severity() == severity.get()).sorted(ORDER).toList();
        if (!next.equals(shown)) {
            shown.setAll(next);
        }
    }
}
