package dev.clio.console.runbooks;

import dev.clio.console.common.Styles;
import dev.clio.runbook.RunbookParam;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/**
 * The runbook's typed parameters, editable: a choice for allowed values, a masked field for secrets, text otherwise;
 * each value is checked as it is typed (type, pattern, allowed values) and its problem shown beside it. Ids
 * {@code #param-NAME} and {@code #param-problem-NAME}.
 */
final class ParamForm {

    private final GridPane grid = new GridPane();

    ParamForm(PanelModel panel) {
        grid.setId("runbook-params");
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        for (RunbookParam p : panel.runbook().params().values()) {
            Label name = new Label(p.name() + " (" + p.type().label() + (p.secret() ? ", secret" : "") + ")");
            name.getStyleClass().add(Styles.MUTED);
            Control input = input(panel, p);
            input.setId("param-" + p.name());
            input.setPrefWidth(260);
            input.setTooltip(new Tooltip(hint(p)));
            Label problem = new Label();
            problem.setId("param-problem-" + p.name());
            problem.getStyleClass().add(Styles.PARAM_PROBLEM);
            problem.setWrapText(true);
            problem.setText(panel.problems().getOrDefault(p.name(), ""));
            panel.problems().addListener((MapChangeListener<String, String>) c -> {
                if (c.getKey().equals(p.name())) {
                    problem.setText(panel.problems().getOrDefault(p.name(), ""));
                }
            });
            grid.addRow(row++, name, input, problem);
        }
    }

    Node node() {
        return grid;
    }

    private static Control input(PanelModel panel, RunbookParam p) {
        if (!p.allowed().isEmpty() && !p.secret()) {
            ComboBox<String> choice = new ComboBox<>();
            choice.getItems().setAll(p.allowed());
            choice.setValue(panel.value(p.name()));
            choice.valueProperty().addListener((obs, old, now) -> panel.setValue(p.name(), now));
            return choice;
        }
        TextInputControl field = p.secret() ? new PasswordField() : new TextField();
        field.setText(panel.value(p.name()));
        field.setPromptText(p.defaultValue() == null ? "required" : "");
        field.textProperty().addListener((obs, old, now) -> panel.setValue(p.name(), now));
        return field;
    }

    private static String hint(RunbookParam p) {
        StringBuilder out = new StringBuilder(p.description() == null ? p.name() : p.description());
        out.append("\nType: ").append(p.type().label());
        if (p.pattern() != null) {
            out.append("; pattern: ").append(p.pattern());
        }
        if (!p.allowed().isEmpty()) {
            out.append("; one of: ").append(String.join(", ", p.allowed()));
        }
        if (p.defaultValue() != null && !p.secret()) {
            out.append("; default: ").append(p.defaultValue());
        }
        return out.toString();
    }
}
