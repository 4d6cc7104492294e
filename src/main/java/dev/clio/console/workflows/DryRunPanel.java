package dev.clio.console.workflows;

import dev.clio.console.common.SessionHolder;
import dev.clio.console.common.Styles;
import dev.clio.ops.Workflows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The dry-run side panel: the engine's plan of the saved file, drawn as its parallel groups in execution order (one
 * row per group, a chip per step: amber for AI, red outline when the adapter is unavailable), each step's routing
 * decision, and the estimated tokens against the budget as a bar.
 */
final class DryRunPanel {

    static final String BUTTON_ID = "workflow-dry-run";
    static final String GROUPS_ID = "workflow-plan-groups";
    static final String STEPS_ID = "workflow-plan-steps";
    static final String BUDGET_ID = "workflow-plan-budget";
    static final String PROBLEM_ID = "workflow-plan-problem";

    private final DryRunViewModel vm;
    private final WorkflowEditor editor;
    private final SessionHolder sessions;
    private final Button button = new Button("Dry run", new FontIcon("mdi2p-play-box-outline"));
    private final VBox groups = new VBox(2);
    private final VBox steps = new VBox(4);
    private final ProgressBar budget = new ProgressBar(0);
    private final Label budgetText = new Label();
    private final Label problem = new Label();
    private final ScrollPane scroll;

    DryRunPanel(DryRunViewModel vm, WorkflowEditor editor, SessionHolder sessions) {
        this.vm = vm;
        this.editor = editor;
        this.sessions = sessions;
        button.setId(BUTTON_ID);
        button.setOnAction(e -> run());
        groups.setId(GROUPS_ID);
        steps.setId(STEPS_ID);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        budget.setId(BUDGET_ID);
        budget.setMaxWidth(Double.MAX_VALUE);
        problem.setId(PROBLEM_ID);
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.WARN);
        problem.textProperty().bind(vm.problemProperty());
        Label hint = new Label("Plans the saved file with the engine; nothing runs.");
        hint.getStyleClass().add(Styles.MUTED);
        hint.setMinWidth(0);
        hint.setWrapText(true);
        HBox bar = new HBox(8, button, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label groupsTitle = title("Execution order and parallel groups");
        Label stepsTitle = title("Routing");
        Label budgetTitle = title("Tokens");
        budgetText.setWrapText(true);
        VBox content = new VBox(6, bar, problem, groupsTitle, groups, stepsTitle, steps, budgetTitle, budget,
                budgetText);
        content.setStyle("-fx-padding: 6;");
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        vm.planProperty().addListener((obs, old, now) -> show(now));
        vm.busyProperty().addListener((obs, old, now) -> availability());
        editor.dirtyProperty().addListener((obs, old, now) -> availability());
        editor.locationProperty().addListener((obs, old, now) -> availability());
        sessions.currentProperty().addListener((obs, old, now) -> availability());
        availability();
    }

    ScrollPane node() {
        return scroll;
    }

    void run() {
        vm.plan(target());
    }

    private WorkflowTarget target() {
        return WorkflowTarget.of(editor.locationProperty().get(), editor.dirtyProperty().get(), sessions.current());
    }

    private void availability() {
        WorkflowTarget t = target();
        button.setDisable(!t.present() || vm.busyProperty().get());
        String tip = t.present() ? "Plan " + t.fileOrNull() + " (Operations.plan)" : t.reasonOrNull();
        button.setTooltip(new Tooltip(tip));
    }

    private void show(Workflows.Plan plan) {
        groups.getChildren().clear();
        steps.getChildren().clear();
        if (plan == null) {
            budget.setProgress(0);
            budgetText.setText("");
            return;
        }
        Map<String, Workflows.PlannedStep> byId = new HashMap<>();
        plan.steps().forEach(s -> byId.put(s.stepId(), s));
        int n = 1;
        for (List<String> group : plan.parallelGroups()) {
            Label label = new Label((n++) + (group.size() > 1 ? "  parallel" : ""));
            label.setMinWidth(70);
            FlowPane chips = new FlowPane(6, 4);
            for (String id : group) {
                chips.getChildren().add(chip(id, byId.get(id)));
            }
            HBox row = new HBox(8, label, chips);
            row.getStyleClass().add(Styles.PLAN_GROUP);
            HBox.setHgrow(chips, Priority.ALWAYS);
            groups.getChildren().add(row);
        }
        List<Label> lines = new ArrayList<>();
        for (Workflows.PlannedStep s : plan.steps()) {
            String routed = s.adapter() == null || s.adapter().equals(s.actor()) ? s.actor()
                    : s.actor() + " → " + s.adapter();
            Label line = new Label(s.stepId() + "  " + s.name() + ": " + routed + " · "
                    + String.format("%,d", s.estimatedTokens()) + " tokens" + (s.available() ? "" : " · unavailable")
                    + "\n" + s.routing());
            line.setWrapText(true);
            if (!s.available()) {
                line.getStyleClass().add(Styles.WARN);
            }
            lines.add(line);
        }
        steps.getChildren().setAll(lines);
        budget.setProgress(plan.budget() <= 0 ? 0 : Math.min(1, (double) plan.estimatedTokens() / plan.budget()));
        budget.getStyleClass().removeAll(Styles.CRIT);
        if (!plan.withinBudget()) {
            budget.getStyleClass().add(Styles.CRIT);
        }
        budgetText.setText(DryRunViewModel.budgetText(plan));
    }

    private static Label chip(String id, Workflows.PlannedStep step) {
        Label chip = new Label(id + (step == null ? "" : "  " + step.adapter()));
        chip.getStyleClass().add(Styles.PLAN_CHIP);
        if (step != null) {
            chip.setTooltip(new Tooltip(step.name() + ": " + step.routing()));
            if (!step.available()) {
                chip.getStyleClass().add(Styles.PLAN_CHIP_UNAVAILABLE);
            }
            if (step.estimatedTokens() > 0) {
                chip.getStyleClass().add(Styles.PLAN_CHIP_AI);
            }
        }
        return chip;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.ASSIST_TITLE);
        return l;
    }
}
