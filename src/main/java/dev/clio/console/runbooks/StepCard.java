package dev.clio.console.runbooks;

import dev.clio.console.common.Styles;
import dev.clio.ops.Runbooks.StepResult;
import dev.clio.runbook.RunbookStep;
import dev.clio.runbook.RunbookStep.StepKind;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One step as a card: kind badge and title, why it matters, the exact call it makes (or the manual instructions),
 * its Run (and dry-run) buttons, and the last result with its verdict as word, icon and colour. Ids end in the
 * step id: {@code #step-run-restart}, {@code #step-verdict-memory}.
 */
final class StepCard {

    private final VBox root = new VBox(6);
    private final RunbookStep step;
    private final Label call = new Label();
    private final Label problem = new Label();
    private final Label disabled = new Label();
    private final Button run;
    private final Button dryRun;
    private final Label verdict = new Label();
    private final Label summary = new Label();
    private final Label next = new Label();
    private final VBox result = new VBox(6);
    private final HBox outcome = new HBox(10, verdict, summary);

    /** @param onRun runs the step (an investigation at once; a remediation asks for a confirmation first) */
    StepCard(RunbookStep step, boolean hasPreview, Consumer<String> onRun, Consumer<String> onDryRun) {
        this.step = step;
        root.setId("step-card-" + step.id());
        root.getStyleClass().add(Styles.STEP_CARD);
        String kind = step.kind().label();
        Label badge = new Label(badgeText(step), new FontIcon(Texts.kindIcon(kind)));
        badge.setId("step-kind-" + step.id());
        badge.getStyleClass().addAll(Styles.STEP_BADGE, Styles.STEP_BADGE_PREFIX + (step.isRemediation()
                && step.kind() != StepKind.MANUAL ? "remediation" : kind));
        Label title = wrapped(WizardModel.title(step), "step-title-" + step.id(), Styles.STEP_TITLE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        run = new Button(step.isRemediation() ? "Run…" : "Run", new FontIcon("mdi2p-play"));
        run.setId("step-run-" + step.id());
        run.setOnAction(e -> onRun.accept(step.id()));
        dryRun = new Button("Dry run", new FontIcon("mdi2e-eye-outline"));
        dryRun.setId("step-dryrun-" + step.id());
        dryRun.setTooltip(new Tooltip("Preview what the remediation would do, changing nothing"));
        dryRun.setOnAction(e -> onDryRun.accept(step.id()));
        HBox header = new HBox(10, badge, title, grow);
        header.setAlignment(Pos.CENTER_LEFT);
        if (step.kind() != StepKind.MANUAL) {
            if (hasPreview) {
                header.getChildren().add(dryRun);
            }
            header.getChildren().add(run);
        }
        root.getChildren().add(header);
        if (step.why() != null && !step.why().isBlank()) {
            root.getChildren().add(wrapped(step.why(), "step-why-" + step.id(), Styles.MUTED));
        }
        if (step.kind() == StepKind.MANUAL) {
            root.getChildren().add(wrapped(step.instructions(), "step-instructions-" + step.id(), null));
        } else {
            call.setId("step-call-" + step.id());
            call.getStyleClass().add(Styles.STEP_OPERATION);
            call.setWrapText(true);
            root.getChildren().add(call);
        }
        if (step.effect() != null && !step.effect().isBlank()) {
            root.getChildren().add(wrapped("Effect: " + step.effect(), "step-effect-" + step.id(), Styles.MUTED));
        }
        style(problem, "step-problem-" + step.id(), Styles.CRIT);
        style(disabled, "step-disabled-" + step.id(), Styles.WARN);
        verdict.setId("step-verdict-" + step.id());
        verdict.getStyleClass().add(Styles.STEP_VERDICT);
        style(summary, "step-summary-" + step.id(), null);
        style(next, "step-next-" + step.id(), Styles.MUTED);
        outcome.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(summary, Priority.ALWAYS);
        result.getChildren().setAll(outcome, next);
        root.getChildren().addAll(problem, disabled, result);
    }

    Node node() {
        return root;
    }

    void update(StepState s) {
        if (step.kind() != StepKind.MANUAL) {
            call.setText((step.kind() == StepKind.COMMAND ? "Runs: " : "Calls: ") + s.call());
        }
        show(problem, s.problemOrNull());
        show(disabled, s.disabledReasonOrNull());
        run.setDisable(!s.runnable());
        dryRun.setDisable(s.problemOrNull() != null || s.running());
        String why = s.disabledReasonOrNull() != null ? s.disabledReasonOrNull() : s.problemOrNull();
        run.setTooltip(new Tooltip(why != null ? why : step.isRemediation()
                ? "Shows what will run, where, and asks for a confirmation" : "Runs this read-only step now"));
        run.setText(s.running() ? "Running…" : step.isRemediation() ? "Run…" : "Run");
        root.getStyleClass().remove(Styles.STEP_CARD_SUGGESTED);
        if (s.suggested()) {
            root.getStyleClass().add(Styles.STEP_CARD_SUGGESTED);
        }
        showResult(s.resultOrNull());
    }

    private void showResult(StepResult r) {
        result.setVisible(r != null);
        result.setManaged(r != null);
        if (r == null) {
            return;
        }
        boolean ran = r.ok();
        String word = ran ? Texts.verdictWord(r.verdict()) : r.status().toUpperCase(java.util.Locale.ROOT);
        verdict.setText(word.isEmpty() ? "DONE" : word);
        verdict.setGraphic(new FontIcon(ran ? Texts.verdictIcon(r.verdict()) : "mdi2a-alert-circle-outline"));
        verdict.getStyleClass().removeAll(Styles.OK, Styles.WARN, Styles.CRIT, Styles.MUTED);
        verdict.getStyleClass().add(ran ? Texts.verdictStyle(r.verdict()) : Texts.statusStyle(r.status()));
        show(summary, r.summary() + " (" + r.durationMs() + " ms)");
        show(next, r.next() == null ? null : "Suggested next: " + r.next());
        Node shown = ResultView.of(step.id(), r.display());
        result.getChildren().setAll(outcome, next);
        if (shown != null) {
            result.getChildren().add(shown);
        }
    }

    private static String badgeText(RunbookStep step) {
        if (step.kind() == StepKind.COMMAND) {
            return step.isRemediation() ? "command · remediation" : "command · read-only";
        }
        return step.kind().label() + (step.dangerous() ? " · dangerous" : "");
    }

    private static void show(Label label, String text) {
        label.setText(text == null ? "" : text);
        label.setVisible(text != null);
        label.setManaged(text != null);
    }

    private static void style(Label label, String id, String styleClass) {
        label.setId(id);
        label.setWrapText(true);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        show(label, null);
    }

    private static Label wrapped(String text, String id, String styleClass) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }
}
