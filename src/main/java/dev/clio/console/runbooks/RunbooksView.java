package dev.clio.console.runbooks;

import dev.clio.console.common.ConsoleContext;
import dev.clio.console.common.ConsoleView;
import dev.clio.console.common.Styles;
import dev.clio.console.common.UiTicker;
import dev.clio.ops.Runbooks.RunRecord;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Runbooks: the list (grouped by severity, with search and the user files that did not load), the open runbook's
 * panel with its step cards and guided mode, and the run history. Opens what an alert asks for through
 * {@link ConsoleContext#runbookRequests()}.
 */
public final class RunbooksView implements ConsoleView {

    static final Duration WATCH_EVERY = Duration.ofSeconds(2);

    private final ConsoleContext context;
    private final RunbooksViewModel vm;
    private final BorderPane root = new BorderPane();
    private final StackPane panelHolder = new StackPane();
    private final RunbookListPane list;
    private final RunbookCommands commands;
    private RunbookPanel panel;
    private UiTicker ticker;

    public RunbooksView(ConsoleContext context) {
        this(context, new RunbooksViewModel(context.io(), context.ui(), context.clock(),
                RunbooksViewModel::catalogFor, context.scheduler(), WATCH_EVERY));
    }

    RunbooksView(ConsoleContext context, RunbooksViewModel vm) {
        this.context = context;
        this.vm = vm;
        if (context.incident() != null) {
            vm.recordInto(context.incident()::activeId);
        }
        root.setId("runbooks-view");
        root.getStyleClass().add(Styles.RUNBOOKS_VIEW);
        list = new RunbookListPane(vm, this::showDiagnostics);
        HistoryPane history = new HistoryPane(vm, ZoneId.systemDefault(), this::rerun);
        SplitPane right = new SplitPane(panelHolder, history.node());
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.72);
        SplitPane split = new SplitPane(list.node(), right);
        split.setDividerPositions(0.26);
        SplitPane.setResizableWithParent(list.node(), false);
        root.setCenter(split);
        commands = new RunbookCommands(context, vm, () -> panel);
        placeholder("Choose a runbook from the list, or open one from an alert.");
        vm.panelProperty().addListener((obs, old, now) -> showPanel(now));
        vm.snapshotProperty().addListener((obs, old, now) -> commands.register(now));
        context.sessions().currentProperty().addListener((obs, old, now) -> vm.bind(now));
        context.runbookRequests().latestProperty().addListener((obs, old, now) -> vm.open(now));
        vm.bind(context.sessions().current());
        vm.open(context.runbookRequests().latestProperty().get());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        if (ticker == null) {
            ticker = UiTicker.every(Duration.ofSeconds(1), context.scheduler(), context.ui(), this::tick);
        }
        list.focusSearch();
    }

    @Override
    public void hidden() {
        // the verification countdown keeps its clock; closing the ticker only stops redrawing it
        if (ticker != null && (panel == null || !panel.wizard().watching())) {
            ticker.close();
            ticker = null;
        }
    }

    RunbooksViewModel viewModel() {
        return vm;
    }

    RunbookPanel panel() {
        return panel;
    }

    void tick() {
        if (panel != null) {
            panel.wizard().tick();
        }
    }

    private void showPanel(PanelModel model) {
        if (model == null) {
            panel = null;
            placeholder("Choose a runbook from the list, or open one from an alert.");
            return;
        }
        WizardModel wizard = WizardModel.of(model, vm.target(), vm.kpis(), context.clock(), context.io(),
                context.ui());
        panel = new RunbookPanel(model, wizard, vm.contextProperty());
        panelHolder.getChildren().setAll(panel.node());
    }

    private void showDiagnostics(RunbookEntry entry) {
        VBox box = new VBox(6);
        box.setId("runbook-diagnostics");
        box.setPadding(new Insets(8));
        Label title = new Label(entry.title() + " was not loaded");
        title.getStyleClass().add(Styles.RUNBOOK_TITLE);
        box.getChildren().add(title);
        for (String line : entry.diagnostics()) {
            Label l = new Label(line);
            l.setWrapText(true);
            l.getStyleClass().add(Styles.CRIT);
            box.getChildren().add(l);
        }
        Label hint = new Label("Fix the file and save it: the list reloads by itself. The built-in runbooks are "
                + "not affected.");
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        box.getChildren().add(hint);
        panel = null;
        panelHolder.getChildren().setAll(box);
    }

    private void placeholder(String text) {
        Label l = new Label(text);
        l.setId("runbooks-placeholder");
        l.getStyleClass().add(Styles.MUTED);
        l.setWrapText(true);
        panelHolder.getChildren().setAll(l);
    }

    /** The same step with the same parameters; secret ones are asked again, remediations confirmed again. */
    private void rerun(RunRecord run) {
        if (vm.snapshotProperty().get().runbook(run.runbookId()).isEmpty()) {
            vm.reportProblem("Runbook " + run.runbookId() + " is not in the catalog any more; it cannot be re-run.");
            return;
        }
        if (panel == null || !panel.model().runbook().id().equals(run.runbookId())) {
            vm.select(run.runbookId());
        }
        RunbookPanel p = panel;
        Map<String, String> secrets = SecretPrompt.ask(root, p.model().runbook(), run.secretParams());
        if (secrets == null) {
            return;
        }
        run.params().forEach((k, v) -> {
            if (!run.secretParams().contains(k) && p.model().runbook().params().containsKey(k)) {
                p.model().setValue(k, v);
            }
        });
        secrets.forEach(p.model()::setValue);
        p.run(run.stepId());
    }
}
