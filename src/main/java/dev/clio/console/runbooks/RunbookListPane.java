package dev.clio.console.runbooks;

import dev.clio.console.common.Styles;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The list: a search field, then runbooks under their severity headings and the user files that did not load, each
 * with its first diagnostic. Choosing a runbook opens it; choosing a broken file shows all its diagnostics.
 */
final class RunbookListPane {

    private final VBox root = new VBox(8);
    private final TextField search = new TextField();
    private final ListView<RunbookEntry> list;

    RunbookListPane(RunbooksViewModel vm, Consumer<RunbookEntry> showInvalid) {
        Label heading = new Label("Runbooks");
        heading.getStyleClass().add(Styles.VIEW_TITLE);
        search.setId("runbooks-search");
        search.setPromptText("Search title, symptom, alert or KPI");
        search.textProperty().bindBidirectional(vm.queryProperty());
        list = new ListView<>(vm.entries());
        list.setId("runbooks-list");
        list.getStyleClass().add(Styles.RUNBOOK_LIST);
        list.setPlaceholder(new Label("No runbook matches."));
        list.setCellFactory(v -> new EntryCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == null) {
                return;
            }
            switch (now.kind()) {
                case RUNBOOK -> vm.select(now.runbookId());
                case INVALID -> showInvalid.accept(now);
                case HEADING -> { }
            }
        });
        vm.panelProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.entries().stream().filter(e -> now.runbook().id().equals(e.runbookId())).findFirst()
                        .ifPresent(e -> list.getSelectionModel().select(e));
            }
        });
        Label problem = new Label();
        problem.setId("runbooks-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.CRIT);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(heading, search, problem, list);
        root.setPadding(new Insets(0, 8, 0, 0));
        root.setMinWidth(240);
    }

    Node node() {
        return root;
    }

    void focusSearch() {
        search.requestFocus();
    }

    private static final class EntryCell extends ListCell<RunbookEntry> {
        @Override
        protected void updateItem(RunbookEntry e, boolean empty) {
            super.updateItem(e, empty);
            getStyleClass().removeAll(Styles.RUNBOOK_GROUP, Styles.RUNBOOK_INVALID);
            setDisable(false);
            if (empty || e == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            switch (e.kind()) {
                case HEADING -> {
                    setText(e.title());
                    setGraphic(null);
                    getStyleClass().add(Styles.RUNBOOK_GROUP);
                    // a heading is not a choice
                    setDisable(true);
                }
                case RUNBOOK -> {
                    setText(null);
                    setGraphic(twoLines(e.title(), e.detail(), null, "runbook-entry-" + e.runbookId()));
                }
                case INVALID -> {
                    setText(null);
                    getStyleClass().add(Styles.RUNBOOK_INVALID);
                    Label title = new Label(e.title(), new FontIcon("mdi2a-alert-circle-outline"));
                    VBox box = twoLines(null, e.detail(), e.diagnostics().isEmpty() ? null : e.diagnostics().get(0),
                            "runbook-invalid-" + Math.abs(e.title().hashCode()));
                    box.getChildren().add(0, title);
                    setGraphic(box);
                }
            }
        }

        private static VBox twoLines(String title, String detail, String diagnostic, String id) {
            VBox box = new VBox(1);
            box.setId(id);
            if (title != null) {
                box.getChildren().add(new Label(title));
            }
            Label d = new Label(detail);
            d.getStyleClass().add(Styles.MUTED);
            box.getChildren().add(d);
            if (diagnostic != null) {
                Label diag = new Label(diagnostic);
                diag.setWrapText(true);
                diag.setMaxWidth(320);
                diag.getStyleClass().add(Styles.CRIT);
                box.getChildren().add(diag);
            }
            return box;
        }
    }
}
