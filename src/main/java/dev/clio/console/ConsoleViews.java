package dev.clio.console;

import dev.clio.console.alerts.AlertsView;
import dev.clio.console.capacity.CapacityView;
import dev.clio.console.common.PlaceholderView;
import dev.clio.console.common.ViewSpec;
import dev.clio.console.containers.ContainersView;
import dev.clio.console.incidents.IncidentsView;
import dev.clio.console.overview.OverviewView;
import dev.clio.console.runbooks.RunbooksView;
import dev.clio.console.logs.LogsView;
import dev.clio.console.logs.LogsViewModel;
import dev.clio.console.settings.SettingsView;
import dev.clio.console.settings.SettingsViewModel;
import dev.clio.console.workflows.WorkflowsView;
import java.util.List;

/**
 * The console's views in navigation (Ctrl+1…9) order: the shell shows them, the features build them. Features not built
 * yet say plainly what will come and what to use meanwhile.
 */
final class ConsoleViews {

    private ConsoleViews() {
    }

    static List<ViewSpec> all() {
        return List.of(
                new ViewSpec("overview", "Overview", "mdi2v-view-dashboard-outline", "KPI tiles of the runbook's tables",
                        OverviewView::new),
                new ViewSpec("alerts", "Alerts", "mdi2b-bell-outline", "Alert rules, acknowledgements and silences",
                        AlertsView::new),
                new ViewSpec("containers", "Containers", "mdi2p-package-variant-closed",
                        "Container status, stats and logs", ContainersView::new),
                new ViewSpec("logs", "Logs", "mdi2t-text-box-search-outline", "Live log tails with filters",
                        ctx -> new LogsView(new LogsViewModel(ctx.sessions(), ctx.scheduler(), ctx.io(), ctx.ui(),
                                ctx.clock(), java.time.ZoneId.systemDefault(), LogsViewModel.capacity(ctx.prefs())),
                                ctx.actions(), ctx.navigator())),
                new ViewSpec("runbooks", "Runbooks", "mdi2b-book-open-page-variant-outline",
                        "One-click runbook procedures and guided wizards", RunbooksView::new),
                new ViewSpec("incidents", "Incidents", "mdi2a-alert-octagon-outline",
                        "Incident timeline, communications and reports", IncidentsView::new),
                new ViewSpec("workflows", "Workflows", "mdi2f-file-document-edit-outline",
                        "Workflow YAML editor with live validation", ConsoleViews::workflows),
                new ViewSpec("capacity", "Capacity", "mdi2c-chart-line", "Growth charts and the capacity table",
                        CapacityView::new),
                new ViewSpec("settings", "Settings", "mdi2c-cog-outline", "Theme, refresh interval and alert sound",
                        ctx -> new SettingsView(new SettingsViewModel(ctx.settings(), ctx.sessions(),
                                ctx.prefs().file()))));
    }

    /** The editor with its assistance (completion, hover, quick fixes, structure, dry run, run) hooked in. */
    private static WorkflowsView workflows(dev.clio.console.common.ConsoleContext ctx) {
        WorkflowsView view = new WorkflowsView(ctx);
        dev.clio.console.workflows.EditorAssist.attach(view, ctx);
        return view;
    }

    private static ViewSpec placeholder(String id, String title, String icon, String description, String text) {
        return new ViewSpec(id, title, icon, description, ctx -> new PlaceholderView(id, title, text));
    }
}
