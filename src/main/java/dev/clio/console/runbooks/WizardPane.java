package dev.clio.console.runbooks;

import dev.clio.console.common.Styles;
import dev.clio.console.runbooks.WizardModel.Stage;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The guided mode: a strip of the five stages (the current one marked), what the stage asks of the operator, and
 * Back / Next. Ids {@code #wizard-stage}, {@code #wizard-next-stage}, {@code #wizard-countdown}, {@code #wizard-outcome}.
 */
final class WizardPane {

    private final VBox root = new VBox(8);
    private final HBox strip = new HBox(6);
    private final VBox body = new VBox(6);
    private final WizardModel wizard;
    private final PanelModel panel;
    private final Consumer<String> remediate;
    private final Runnable runAll;

    WizardPane(WizardModel wizard, PanelModel panel, Consumer<String> remediate, Runnable runAll) {
        this.wizard = wizard;
        this.panel = panel;
        this.remediate = remediate;
        this.runAll = runAll;
        root.setId("runbook-wizard");
        root.getStyleClass().add(Styles.WIZARD);
        Button back = new Button("Back", new FontIcon("mdi2c-chevron-up"));
        back.setId("wizard-back");
        back.setOnAction(e -> wizard.back());
        Button next = new Button("Next", new FontIcon("mdi2c-chevron-down"));
        next.setId("wizard-next-stage");
        next.setOnAction(e -> wizard.next());
        next.disableProperty().bind(wizard.stageProperty().isEqualTo(Stage.VERIFICATION));
        back.disableProperty().bind(wizard.stageProperty().isEqualTo(Stage.SYMPTOMS));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, grow, back, next);
        root.getChildren().addAll(strip, body, buttons);
        wizard.stageProperty().addListener((obs, old, now) -> render());
        panel.steps().addListener((ListChangeListener<StepState>) c -> {
            if (wizard.stageProperty().get() != Stage.VERIFICATION) {
                render();
            }
        });
        render();
    }

    Node node() {
        return root;
    }

    private void render() {
        Stage now = wizard.stageProperty().get();
        strip.getChildren().clear();
        for (Stage s : Stage.values()) {
            Label l = new Label((s.ordinal() + 1) + ". " + s.title);
            l.getStyleClass().add(s == now ? Styles.WIZARD_STAGE_CURRENT : Styles.WIZARD_STAGE);
            if (s == now) {
                l.setId("wizard-stage");
            }
            strip.getChildren().add(l);
        }
        body.getChildren().setAll(switch (now) {
            case SYMPTOMS -> symptoms();
            case INVESTIGATION -> investigation();
            case DIAGNOSIS -> diagnosis();
            case RESOLUTION -> resolution();
            case VERIFICATION -> verification();
        });
    }

    private List<Node> symptoms() {
        VBox list = new VBox(2);
        panel.runbook().symptoms().forEach(s -> list.getChildren().add(text("• " + s, null)));
        return List.of(text("Does this match what you see?", Styles.MUTED), list);
    }

    private List<Node> investigation() {
        long total = panel.steps().stream().filter(s -> !s.step().isRemediation()
                && s.step().kind() != dev.clio.runbook.RunbookStep.StepKind.MANUAL).count();
        long done = panel.steps().stream().filter(s -> !s.step().isRemediation() && s.resultOrNull() != null).count();
        Button all = new Button("Run all investigations", new FontIcon("mdi2p-play-box-multiple-outline"));
        all.setId("wizard-run-all");
        all.setOnAction(e -> runAll.run());
        Label progress = text(done + " of " + total + " investigations have run", Styles.MUTED);
        progress.setId("wizard-progress");
        return List.of(text("Run the read-only checks; nothing changes.", Styles.MUTED), all, progress);
    }

    private List<Node> diagnosis() {
        VBox lines = new VBox(3);
        lines.setId("wizard-diagnosis");
        List<String> found = wizard.diagnosis();
        if (found.isEmpty()) {
            lines.getChildren().add(text("Nothing has run yet: go back and run the investigations.", Styles.MUTED));
        }
        for (String line : found) {
            String word = line.substring(0, line.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
            lines.getChildren().add(text(line, Texts.verdictStyle(word)));
        }
        return List.of(lines);
    }

    private List<Node> resolution() {
        VBox list = new VBox(6);
        list.setId("wizard-resolution");
        List<StepState> pointed = wizard.resolution();
        if (pointed.isEmpty()) {
            list.getChildren().add(text("No verdict points to a remediation. If the symptoms persist, see the "
                    + "remediation and manual steps below.", Styles.MUTED));
        }
        for (StepState s : pointed) {
            Button run = new Button("Run " + WizardModel.title(s.step()) + "…", new FontIcon("mdi2w-wrench-outline"));
            run.setId("wizard-remediate-" + s.step().id());
            run.setDisable(!s.runnable());
            run.setOnAction(e -> remediate.accept(s.step().id()));
            list.getChildren().addAll(run, text(s.call(), Styles.STEP_OPERATION));
            if (s.disabledReasonOrNull() != null) {
                list.getChildren().add(text(s.disabledReasonOrNull(), Styles.WARN));
            }
        }
        HBox watch = new HBox(8, text("After it runs, watch " + panel.runbook().primaryKpi().orElse("(no KPI)")
                + " for", null), durations());
        watch.setAlignment(Pos.CENTER_LEFT);
        return List.of(list, watch);
    }

    private List<Node> verification() {
        Label outcome = bound("wizard-outcome", wizard.outcomeProperty());
        outcome.getStyleClass().add(Styles.RUNBOOK_TITLE);
        wizard.outcomeProperty().addListener((obs, old, now) -> restyle(outcome, now));
        restyle(outcome, wizard.outcomeProperty().get());
        Button again = new Button("Watch now", new FontIcon("mdi2c-clock-outline"));
        again.setId("wizard-verify");
        again.setOnAction(e -> wizard.startVerification());
        HBox controls = new HBox(8, durations(), again);
        controls.setAlignment(Pos.CENTER_LEFT);
        return List.of(controls, outcome, bound("wizard-countdown", wizard.countdownProperty()),
                bound("wizard-detail", wizard.detailProperty()), bound("wizard-next", wizard.nextStepProperty()));
    }

    private ComboBox<Duration> durations() {
        ComboBox<Duration> choice = new ComboBox<>();
        choice.setId("wizard-duration");
        choice.getItems().setAll(WizardModel.DURATIONS);
        choice.valueProperty().bindBidirectional(wizard.durationProperty());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Duration d) {
                return d == null ? "" : Texts.duration(d);
            }

            @Override
            public Duration fromString(String s) {
                return null;
            }
        });
        return choice;
    }

    private static void restyle(Label label, String outcome) {
        label.getStyleClass().removeAll(Styles.OK, Styles.CRIT);
        if ("recovered".equals(outcome)) {
            label.getStyleClass().add(Styles.OK);
        } else if ("not recovered".equals(outcome)) {
            label.getStyleClass().add(Styles.CRIT);
        }
    }

    private static Label bound(String id, javafx.beans.value.ObservableStringValue value) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(value);
        return l;
    }

    private static Label text(String s, String styleClass) {
        Label l = new Label(s);
        l.setWrapText(true);
        if (styleClass != null) {
            l.getStyleClass().add(styleClass);
        }
        return l;
    }
}
