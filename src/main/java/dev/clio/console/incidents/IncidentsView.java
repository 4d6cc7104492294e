package dev.clio.console.incidents;

import dev.clio.console.common.ConsoleContext;
import dev.clio.console.common.ConsoleView;
import dev.clio.console.common.Styles;
import dev.clio.console.common.UiTicker;
import java.time.Duration;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Incidents: the list, and the selected incident's header (severity, status, clock), timeline, communications,
 * resolution and report. The clock ticks every second while shown and every 30 s while hidden, so that the
 * next-update notification still comes. Builds and binds only.
 */
public final class IncidentsView implements ConsoleView {

    static final String DECLARE_KEYS = "Shortcut+Shift+I";
    static final String NOTE_KEYS = "Shortcut+Shift+N";

    private final ConsoleContext context;
    private final IncidentsViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final Tab reportTab;
    private final TimelinePane timeline;
    private UiTicker ticker;

    public IncidentsView(ConsoleContext context) {
        this(context, new IncidentsViewModel(context));
    }

    IncidentsView(ConsoleContext context, IncidentsViewModel vm) {
        this.context = context;
        this.vm = vm;
        root.setId("incidents-view");
        root.getStyleClass().add(Styles.INCIDENTS_VIEW);
        timeline = new TimelinePane(vm);
        Button makeActive = new Button("Make active", new FontIcon("mdi2t-target"));
        makeActive.setId("incident-make-active");
        makeActive.setTooltip(new Tooltip("Record the console's actions (container actions, runbook steps) into "
                + "this incident"));
        makeActive.setOnAction(e -> vm.makeActive());
        makeActive.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                vm.selectedProperty().get() == null || vm.selectedProperty().get().id()
                        .equals(context.incident().activeId()), vm.selectedProperty(),
                context.incident().activeProperty()));
        IncidentHeader header = new IncidentHeader(vm, makeActive);
        tabs.getTabs().add(tab("Timeline", "incident-tab-timeline", timeline.node()));
        tabs.getTabs().add(tab("Communications", "incident-tab-communications",
                new CommunicationsPane(vm).node()));
        tabs.getTabs().add(tab("Resolution", "incident-tab-resolution", new ResolutionPane(vm).node()));
        reportTab = tab("Report", "incident-tab-report", new ReportPane(vm).node());
        tabs.getTabs().add(reportTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && "incident-tab-communications".equals(now.getId())
                    && vm.writes().communications().isEmpty()) {
                vm.writes().loadCommunications();
            }
        });
        Label none = new Label("Choose an incident on the left, or declare one.");
        none.getStyleClass().add(Styles.MUTED);
        VBox panel = new VBox(10, header.node(), tabs);
        panel.getStyleClass().add(Styles.INCIDENT_PANEL);
        panel.setPadding(new Insets(10));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        panel.visibleProperty().bind(vm.selectedProperty().isNotNull());
        none.visibleProperty().bind(vm.selectedProperty().isNull());
        SplitPane split = new SplitPane(new IncidentList(vm, context.incident()::activeId).node(),
                new javafx.scene.layout.StackPane(none, panel));
        split.setDividerPositions(0.26);
        root.setTop(top());
        BorderPane.setMargin(root.getTop(), new Insets(0, 0, 10, 0));
        root.setCenter(split);
        root.setBottom(messages());
        new IncidentCommands(context, this).register();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        vm.shown();
        tick(Duration.ofSeconds(1));
    }

    @Override
    public void hidden() {
        vm.hidden();
        tick(Duration.ofSeconds(30));
    }

    IncidentsViewModel viewModel() {
        return vm;
    }

    void declare() {
        DeclareDialog.show(root, vm);
    }

    void focusNote() {
        tabs.getSelectionModel().select(0);
        timeline.focusNote();
    }

    void export() {
        tabs.getSelectionModel().select(reportTab);
        vm.writes().previewReport();
    }

    private void tick(Duration period) {
        if (ticker != null) {
            ticker.close();
        }
        vm.tick();
        ticker = UiTicker.every(period, context.scheduler(), context.ui(), vm::tick);
    }

    private HBox top() {
        Label heading = new Label("Incidents");
        heading.getStyleClass().add(Styles.VIEW_TITLE);
        Button declare = new Button("Declare incident…", new FontIcon("mdi2a-alert-octagon-outline"));
        declare.setId("incidents-declare");
        declare.setTooltip(new Tooltip("Declare an incident by hand (" + javafx.scene.input.KeyCombination
                .valueOf(DECLARE_KEYS).getDisplayText() + ")"));
        declare.setOnAction(e -> declare());
        declare.disableProperty().bind(vm.disabledReasonProperty().isNotNull());
        Button refresh = new Button("Refresh", new FontIcon("mdi2r-refresh"));
        refresh.setId("incidents-refresh");
        refresh.setTooltip(new Tooltip("Read the incident list again (it is also read every "
                + IncidentsViewModel.LIST_EVERY * IncidentsViewModel.POLL.toSeconds() + " s while shown)"));
        refresh.setOnAction(e -> vm.refreshList());
        Label viewer = new Label();
        viewer.setId("incidents-disabled");
        viewer.getStyleClass().add(Styles.MUTED);
        viewer.textProperty().bind(vm.disabledReasonProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox top = new HBox(14, heading, spring, viewer, refresh, declare);
        top.setAlignment(Pos.CENTER_LEFT);
        return top;
    }

    private HBox messages() {
        Label message = new Label();
        message.setId("incidents-message");
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(vm.writes().messageProperty());
        Label problem = new Label();
        problem.setId("incidents-problem");
        problem.getStyleClass().add(Styles.CRIT);
        problem.textProperty().bind(vm.writes().problemProperty());
        Label recording = new Label();
        recording.setId("incidents-recording-problem");
        recording.getStyleClass().add(Styles.CRIT);
        recording.textProperty().bind(context.incident().problemProperty());
        HBox box = new HBox(12, message, problem, recording);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
