package dev.clio.console.workflows;

import dev.clio.console.common.ConfirmationDialog;
import dev.clio.console.common.ConfirmationRequest;
import dev.clio.console.common.SessionHolder;
import dev.clio.console.common.Styles;
import dev.clio.console.common.logpane.LogPane;
import dev.clio.ops.Workflows;
import java.time.Duration;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The run side panel: a confirmed real run of the saved file with each step's live state, overall progress, the
 * run's log lines and its result. The run lands in the execution history like any other.
 */
final class RunPanel {

    static final String BUTTON_ID = "workflow-run";
    static final String STEPS_ID = "workflow-run-steps";
    static final String RESULT_ID = "workflow-run-result";
    static final String PROGRESS_ID = "workflow-run-progress";

    private final RunViewModel vm;
    private final WorkflowEditor editor;
    private final SessionHolder sessions;
    private final Button button = new Button("Run", new FontIcon("mdi2p-play-circle-outline"));
    private final ListView<Workflows.StepState> steps = new ListView<>();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label result = new Label();
    private final LogPane logPane;
    private final VBox root;

    RunPanel(RunViewModel vm, WorkflowEditor editor, SessionHolder sessions) {
        this.vm = vm;
        this.editor = editor;
        this.sessions = sessions;
        button.setId(BUTTON_ID);
        button.setOnAction(e -> confirmAndRun());
        steps.setId(STEPS_ID);
        steps.setPrefHeight(150);
        steps.setCellFactory(v -> new StepCell());
        progress.setId(PROGRESS_ID);
        progress.setMaxWidth(Double.MAX_VALUE);
        result.setId(RESULT_ID);
        result.setWrapText(true);
        logPane = new LogPane(vm.log());
        Label hint = new Label("Runs the saved file for real, after you confirm.");
        hint.getStyleClass().add(Styles.MUTED);
        hint.setMinWidth(0);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, button, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(6, bar, result, progress, steps, logPane.node());
        root.setStyle("-fx-padding: 6;");
        root.setMinWidth(0);
        if (logPane.node() instanceof javafx.scene.layout.Region r) {
            r.setMinWidth(0);
        }
        VBox.setVgrow(logPane.node(), Priority.ALWAYS);
        vm.executionProperty().addListener((obs, old, now) -> show(now));
        vm.problemProperty().addListener((obs, old, now) -> problem(now));
        vm.forbiddenProperty().addListener((obs, old, now) -> availability());
        editor.dirtyProperty().addListener((obs, old, now) -> availability());
        editor.locationProperty().addListener((obs, old, now) -> availability());
        editor.analysisProperty().addListener((obs, old, now) -> availability());
        sessions.currentProperty().addListener((obs, old, now) -> availability());
        availability();
    }

    VBox node() {
        return root;
    }

    void dispose() {
        logPane.dispose();
        vm.close();
    }

    /** Asks for confirmation (operation, file, connection, environment), then starts the run. */
    void confirmAndRun() {
        WorkflowTarget target = target();
        if (!target.present() || sessions.current() == null || disabledReason() != null) {
            return;
        }
        ConfirmationRequest request = ConfirmationRequest.of("run", List.of(target.fileOrNull()), sessions.current());
        ConfirmationDialog.ask(root, request, "workflows", () -> vm.start(target));
    }

    private WorkflowTarget target() {
        return WorkflowTarget.of(editor.locationProperty().get(), editor.dirtyProperty().get(), sessions.current());
    }

    /** Why Run is disabled, or null: viewer key, no saved file, a run going on, or errors in the text. */
    private String disabledReason() {
        if (vm.forbiddenProperty().get() != null) {
            return vm.forbiddenProperty().get();
        }
        WorkflowTarget t = target();
        if (!t.present()) {
            return t.reasonOrNull();
        }
        if (vm.running()) {
            return "A run of this file is going on.";
        }
        EditorAnalysis a = editor.analysisProperty().get();
        if (a != null && a.result().hasErrors()) {
            return "Fix the errors first: a workflow with errors does not run.";
        }
        return null;
    }

    private void availability() {
        String reason = disabledReason();
        button.setDisable(reason != null);
        String tip = reason != null ? reason : "Run " + target().fileOrNull() + " (Operations.execute)";
        button.setTooltip(new Tooltip(tip));
    }

    private void show(Workflows.Execution e) {
        availability();
        if (e == null) {
            return;
        }
        steps.getItems().setAll(e.steps());
        long done = e.steps().stream().filter(s -> !s.status().equals("pending") && !s.status().equals("running"))
                .count();
        progress.setProgress(e.steps().isEmpty() ? 0 : (double) done / e.steps().size());
        result.getStyleClass().removeAll(Styles.RUN_STEP_SUCCEEDED, Styles.RUN_STEP_FAILED, Styles.RUN_STEP_RUNNING);
        result.getStyleClass().add(statusStyle(e.status()));
        result.setText(resultText(e));
    }

    private void problem(String sentence) {
        if (sentence != null && !sentence.isBlank()) {
            result.getStyleClass().removeAll(Styles.RUN_STEP_SUCCEEDED, Styles.RUN_STEP_RUNNING);
            result.getStyleClass().add(Styles.RUN_STEP_FAILED);
            result.setText(sentence);
        }
        availability();
    }

    static String resultText(Workflows.Execution e) {
        String took = e.endedAt() == null || e.startedAt() == null ? ""
                : " in " + seconds(Duration.between(e.startedAt(), e.endedAt()));
        String head = switch (e.status()) {
            case "succeeded" -> "Succeeded" + took;
            case "failed" -> "Failed" + took + (e.error() == null ? "" : ": " + e.error());
            case "running" -> "Running";
            default -> Character.toUpperCase(e.status().charAt(0)) + e.status().substring(1) + took;
        };
        return head + " · " + String.format("%,d", e.tokensUsed()) + " tokens · execution " + e.executionId()
                + " (in the execution history)";
    }

    private static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }

    static String statusStyle(String status) {
        return switch (status) {
            case "succeeded", "skipped" -> Styles.RUN_STEP_SUCCEEDED;
            case "failed", "cancelled", "interrupted" -> Styles.RUN_STEP_FAILED;
            default -> Styles.RUN_STEP_RUNNING;
        };
    }

    /** "1.001  Say hello — succeeded · 1 attempt · 0 tokens", coloured by state. */
    private static final class StepCell extends ListCell<Workflows.StepState> {
        @Override
        protected void updateItem(Workflows.StepState s, boolean empty) {
            super.updateItem(s, empty);
            getStyleClass().removeAll(Styles.RUN_STEP_SUCCEEDED, Styles.RUN_STEP_FAILED, Styles.RUN_STEP_RUNNING);
            if (empty || s == null) {
                setText(null);
                return;
            }
            getStyleClass().add(statusStyle(s.status()));
            setWrapText(true);
            setPrefWidth(0);
            setText(s.stepId() + "  " + s.name() + " — " + s.status() + " · " + s.attempts() + " attempt"
                    + (s.attempts() == 1 ? "" : "s") + " · " + s.tokensUsed() + " tokens"
                    + (s.error() == null ? "" : "\n    " + s.error()));
        }
    }
}
