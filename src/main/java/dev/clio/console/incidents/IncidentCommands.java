package dev.clio.console.incidents;

import dev.clio.console.common.ConsoleAction;
import dev.clio.console.common.ConsoleContext;

/** The Incidents view's palette actions; each one first shows the view, so the user sees what it acts on. */
final class IncidentCommands {

    private final ConsoleContext context;
    private final IncidentsView view;

    IncidentCommands(ConsoleContext context, IncidentsView view) {
        this.context = context;
        this.view = view;
    }

    void register() {
        add("incidents.declare", "Declare incident…", IncidentsView.DECLARE_KEYS,
                "Declare an incident by hand: title, severity, impact", view::declare);
        add("incidents.note", "Add note", IncidentsView.NOTE_KEYS,
                "Add a note to the selected incident's timeline", view::focusNote);
        add("incidents.export", "Export report", null,
                "Preview the selected incident's markdown report, then save it", view::export);
        add("incidents.active", "Set active incident", null,
                "Record the console's actions into the selected incident", () -> view.viewModel().makeActive());
    }

    private void add(String id, String title, String keys, String description, Runnable run) {
        context.actions().register(new ConsoleAction(id, "Incidents", title, keys, description, () -> {
            context.navigator().show("incidents");
            run.run();
        }));
    }
}
