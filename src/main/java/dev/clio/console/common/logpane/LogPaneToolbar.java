package dev.clio.console.common.logpane;

import dev.clio.console.common.Styles;
import dev.clio.console.common.logs.LogModel;
import java.io.File;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.kordamp.ikonli.javafx.FontIcon;

/** The pane's controls: filter and its toggles, display toggles, find, export, copy, follow, and the status line. */
final class LogPaneToolbar {

    /** Every icon the pane uses; a test checks that each resolves in the bundled pack. */
    static final String[] ICONS = {"mdi2f-filter-variant", "mdi2r-regex", "mdi2f-format-letter-case",
        "mdi2s-swap-horizontal", "mdi2m-marker", "mdi2c-clock-outline", "mdi2w-wrap", "mdi2t-table-column",
        "mdi2p-palette-outline", "mdi2c-chevron-up", "mdi2c-chevron-down", "mdi2c-content-save-outline",
        "mdi2c-content-copy", "mdi2a-arrow-collapse-down"};

    private final VBox root;

    LogPaneToolbar(LogPaneViewModel vm, StyleClassedTextArea area, Consumer<LogModel.Found> reveal) {
        TextField filter = new TextField();
        filter.setId("log-filter");
        filter.setPromptText("Filter (Enter)");
        filter.setPrefColumnCount(18);
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(e -> vm.filterQuery(filter.getText()));
        filter.textProperty().addListener((obs, old, now) -> typing.playFromStart());
        filter.setOnAction(e -> {
            typing.stop();
            vm.filterQuery(filter.getText());
        });
        TextField find = new TextField();
        find.setId("log-find");
        find.setPromptText("Find");
        find.setPrefColumnCount(12);
        Supplier<Integer> here = () -> vm.selectedLine();
        Runnable next = () -> reveal(reveal, vm.find(find.getText(), here.get(), true));
        Runnable previous = () -> reveal(reveal, vm.find(find.getText(), here.get(), false));
        find.setOnAction(e -> next.run());
        Button exportButton = button("log-export", "mdi2c-content-save-outline", "Export the shown lines to a file",
                () -> export(vm, area));
        HBox controls = new HBox(4, filter,
                toggle("log-regex", "mdi2r-regex", "Regular expression", vm.regexProperty(), vm::toggleRegex),
                toggle("log-case", "mdi2f-format-letter-case", "Match case", vm.caseSensitiveProperty(),
                        vm::toggleCase),
                toggle("log-inverse", "mdi2s-swap-horizontal", "Inverse: lines that do not match",
                        vm.inverseProperty(), vm::toggleInverse),
                toggle("log-highlight", "mdi2m-marker", "Highlight matches instead of hiding other lines",
                        vm.highlightProperty(), vm::toggleHighlight),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                toggle("log-timestamps", "mdi2c-clock-outline", "Timestamps", vm.timestampsProperty(),
                        vm::toggleTimestamps),
                toggle("log-wrap", "mdi2w-wrap", "Wrap long lines", vm.wrapProperty(), vm::toggleWrap),
                toggle("log-columns", "mdi2t-table-column", "JSON lines as columns (time, level, event, workflow, "
                        + "message); off shows them raw", vm.columnsProperty(), vm::toggleColumns),
                toggle("log-ansi", "mdi2p-palette-outline", "ANSI colours (off: stripped)", vm.ansiProperty(),
                        vm::toggleAnsi),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                find,
                button("log-find-previous", "mdi2c-chevron-up", "Find previous", previous),
                button("log-find-next", "mdi2c-chevron-down", "Find next (Enter)", next),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                exportButton,
                button("log-copy", "mdi2c-content-copy", "Copy the selection", area::copy),
                spacer(),
                toggle("log-follow", "mdi2a-arrow-collapse-down", "Follow new lines (End)", vm.followingProperty(),
                        () -> {
                            if (vm.followingProperty().get()) {
                                vm.pause();
                            } else {
                                vm.resume();
                            }
                        }));
        controls.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("log-status");
        status.getStyleClass().add(Styles.MUTED);
        status.textProperty().bind(vm.statusProperty());
        Label problem = new Label();
        problem.setId("log-problem");
        problem.getStyleClass().add(Styles.LOG_PROBLEM);
        problem.textProperty().bind(vm.problemProperty());
        HBox info = new HBox(12, status, problem);
        root = new VBox(4, controls, info);
        root.getStyleClass().add(Styles.LOG_TOOLBAR);
    }

    Node node() {
        return root;
    }

    private static void reveal(Consumer<LogModel.Found> reveal, LogModel.Found found) {
        if (found != null) {
            reveal.accept(found);
        }
    }

    private static void export(LogPaneViewModel vm, StyleClassedTextArea area) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the shown lines");
        chooser.setInitialFileName(vm.sourceName().isEmpty() ? "log.txt" : vm.sourceName() + ".txt");
        File file = chooser.showSaveDialog(area.getScene() == null ? null : area.getScene().getWindow());
        if (file != null) {
            vm.export(file.toPath());
        }
    }

    private static ToggleButton toggle(String id, String icon, String tip, ReadOnlyBooleanProperty state,
            Runnable flip) {
        ToggleButton button = new ToggleButton(null, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setSelected(state.get());
        state.addListener((obs, old, now) -> button.setSelected(now));
        button.setOnAction(e -> {
            flip.run();
            button.setSelected(state.get());
        });
        return button;
    }

    private static Button button(String id, String icon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
