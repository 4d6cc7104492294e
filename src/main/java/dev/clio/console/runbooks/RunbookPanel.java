package dev.clio.console.runbooks;

import dev.clio.console.common.ConfirmationDialog;
import dev.clio.console.common.ConfirmationRequest;
import dev.clio.console.common.RunbookRequest;
import dev.clio.console.common.Styles;
import dev.clio.runbook.ParamResolver;
import dev.clio.runbook.Runbook;
import dev.clio.runbook.RunbookStep;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The open runbook: what it answers and the context it was opened for, its symptoms and parameters, "Run all
 * investigations" and "Guide me", then a card per step. Remediations always go through the confirmation dialog.
 */
final class RunbookPanel {

    private final PanelModel panel;
    private final WizardModel wizard;
    private final ScrollPane scroll = new ScrollPane();
    private final VBox content = new VBox(12);
    private final Map<String, StepCard> cards = new LinkedHashMap<>();
    private final ToggleButton guide = new ToggleButton("Guide me", new FontIcon("mdi2c-compass-outline"));
    private Dialog<?> openDialog;

    RunbookPanel(PanelModel panel, WizardModel wizard, ObservableValue<RunbookRequest> requestContext) {
        this.panel = panel;
        this.wizard = wizard;
        Runbook rb = panel.runbook();
        content.setId("runbook-panel");
        content.setPadding(new Insets(4, 12, 12, 4));
        Label title = new Label(rb.title());
        title.setId("runbook-title");
        title.getStyleClass().add(Styles.RUNBOOK_TITLE);
        Label meta = new Label(rb.severity().label() + (rb.responseTime() == null ? ""
                : " · respond within " + Texts.duration(rb.responseTime())) + " · " + rb.source() + " · " + rb.file()
                + (rb.kpis().isEmpty() ? "" : " · watches " + String.join(", ", rb.kpis())));
        meta.setId("runbook-meta");
        meta.getStyleClass().add(Styles.MUTED);
        meta.setWrapText(true);
        content.getChildren().addAll(title, meta);
        VBox context = new VBox(3);
        context.setId("runbook-context");
        context.getStyleClass().add(Styles.RUNBOOK_CONTEXT);
        showContext(context, requestContext.getValue());
        requestContext.addListener((obs, old, now) -> showContext(context, now));
        content.getChildren().add(context);
        content.getChildren().add(section("Symptoms"));
        VBox symptoms = new VBox(2);
        symptoms.setId("runbook-symptoms");
        rb.symptoms().forEach(s -> symptoms.getChildren().add(wrapped("• " + s)));
        content.getChildren().add(symptoms);
        if (!rb.params().isEmpty()) {
            content.getChildren().addAll(section("Parameters"), new ParamForm(panel).node());
        }
        content.getChildren().add(toolbar());
        Label message = new Label();
        message.setId("runbook-message");
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(panel.messageProperty());
        content.getChildren().add(message);
        WizardPane wizardPane = new WizardPane(wizard, panel, this::ask, this::runAll);
        wizardPane.node().visibleProperty().bind(guide.selectedProperty());
        wizardPane.node().managedProperty().bind(guide.selectedProperty());
        content.getChildren().addAll(wizardPane.node(), section("Steps"));
        VBox steps = new VBox(10);
        steps.setId("runbook-steps");
        for (RunbookStep step : rb.steps()) {
            StepCard card = new StepCard(step, panel.hasPreview(step.id()), this::run, panel::dryRun);
            cards.put(step.id(), card);
            steps.getChildren().add(card.node());
        }
        content.getChildren().add(steps);
        panel.steps().forEach(s -> cards.get(s.step().id()).update(s));
        panel.steps().addListener((ListChangeListener<StepState>) c -> panel.steps()
                .forEach(s -> cards.get(s.step().id()).update(s)));
        panel.suggestedProperty().addListener((obs, old, now) -> scrollTo(now));
        scroll.setContent(content);
        scroll.setFitToWidth(true);
        scroll.setId("runbook-scroll");
    }

    Node node() {
        return scroll;
    }

    PanelModel model() {
        return panel;
    }

    WizardModel wizard() {
        return wizard;
    }

    ToggleButton guideButton() {
        return guide;
    }

    void runAll() {
        panel.runAllInvestigations(() -> { });
    }

    /** An investigation runs at once; a remediation is confirmed first. */
    void run(String stepId) {
        StepState s = panel.step(stepId).orElse(null);
        if (s == null || !s.runnable()) {
            return;
        }
        if (s.step().isRemediation()) {
            ask(stepId);
        } else {
            panel.run(stepId);
        }
    }

    /** The confirmation: exact call, target, connection, environment, parameters, expected effect. */
    void ask(String stepId) {
        StepState s = panel.step(stepId).orElse(null);
        if (s == null || !s.runnable() || !s.step().isRemediation()) {
            return;
        }
        ConfirmationRequest request = panel.confirmation(stepId);
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("Step", WizardModel.title(s.step()) + (s.step().dangerous() ? " (dangerous)" : ""));
        extra.put("Parameters", parameters());
        extra.put("Expected effect", s.step().effect() == null || s.step().effect().isBlank()
                ? "not described by the runbook" : s.step().effect());
        openDialog = ConfirmationDialog.ask(scroll, request, "targets", extra, () -> panel.runRemediation(stepId,
                request.challengeOrNull(), () -> afterRemediation(stepId)));
    }

    private void afterRemediation(String stepId) {
        boolean ran = panel.step(stepId).map(st -> st.resultOrNull() != null && st.resultOrNull().ok())
                .orElse(false);
        if (ran && guide.isSelected()) {
            wizard.startVerification();
        }
    }

    private String parameters() {
        Map<String, String> given = panel.given();
        if (panel.runbook().params().isEmpty()) {
            return "none";
        }
        Map<String, String> values = new LinkedHashMap<>();
        panel.runbook().params().values().forEach(p -> values.put(p.name(), given.getOrDefault(p.name(),
                p.defaultValue() == null ? "" : p.defaultValue())));
        return ParamResolver.redacted(panel.runbook(), values).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    private FlowPane toolbar() {
        Button all = new Button("Run all investigations", new FontIcon("mdi2p-play-box-multiple-outline"));
        all.setId("runbook-run-all");
        all.setTooltip(new Tooltip("Runs every read-only step in order; remediations are left for you to confirm"));
        all.setOnAction(e -> runAll());
        guide.setId("runbook-guide");
        guide.setTooltip(new Tooltip("Step by step: symptoms, investigation, diagnosis, resolution, verification"));
        FlowPane bar = new FlowPane(8, 8, all, guide);
        bar.setPadding(new Insets(4, 0, 0, 0));
        return bar;
    }

    /** The alert (or KPI) the runbook was opened for: its values and since when, above everything else. */
    private static void showContext(VBox box, RunbookRequest request) {
        box.setVisible(request != null);
        box.setManaged(request != null);
        box.getChildren().clear();
        if (request == null) {
            return;
        }
        Label origin = new Label("Opened from " + request.origin(), new FontIcon("mdi2b-bell-outline"));
        origin.setId("runbook-context-origin");
        origin.setWrapText(true);
        box.getChildren().add(origin);
        request.context().forEach(line -> box.getChildren().add(wrapped(line)));
    }

    private void scrollTo(String stepId) {
        StepCard card = stepId == null ? null : cards.get(stepId);
        if (card == null) {
            return;
        }
        // after the layout pass that placed the new result
        Platform.runLater(() -> {
            Bounds b = content.sceneToLocal(card.node().localToScene(card.node().getBoundsInLocal()));
            double range = content.getHeight() - scroll.getViewportBounds().getHeight();
            if (b != null && range > 0) {
                scroll.setVvalue(Math.max(0, Math.min(1, b.getMinY() / range)));
            }
        });
    }

    Dialog<?> lastDialog() {
        return openDialog;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.RUNBOOK_SECTION);
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
