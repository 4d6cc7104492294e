package dev.clio.console.workflows;

import dev.clio.console.common.Styles;
import dev.clio.console.common.ThemeColors;
import dev.clio.engine.workflow.assist.WorkflowStructure;
import dev.clio.engine.workflow.assist.WorkflowStructure.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The structure side panel: the step list and the dependency graph of the editor's text, following the caret (its
 * step is selected and outlined) and moving it (choosing a step in the list or the graph puts the caret on its
 * first line).
 */
final class StructurePanel {

    static final String LIST_ID = "workflow-structure-list";
    static final String SUMMARY_ID = "workflow-structure-summary";

    private final StructureViewModel vm;
    private final WorkflowEditor editor;
    private final ListView<Node> list = new ListView<>();
    private final Label summary = new Label();
    private final StructureGraph graph = new StructureGraph();
    private final VBox root;
    private ThemeColors colors = ThemeColors.FALLBACK;
    private boolean following;

    StructurePanel(StructureViewModel vm, WorkflowEditor editor) {
        this.vm = vm;
        this.editor = editor;
        list.setId(LIST_ID);
        list.setCellFactory(v -> new StepCell());
        summary.setId(SUMMARY_ID);
        summary.setWrapText(true);
        ScrollPane graphPane = new ScrollPane(graph.canvas());
        graphPane.getStyleClass().add(Styles.STRUCTURE_GRAPH);
        SplitPane split = new SplitPane(list, graphPane);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        root = new VBox(6, summary, split);
        root.setStyle("-fx-padding: 6;");
        VBox.setVgrow(split, Priority.ALWAYS);
        ThemeColors.follow(root, c -> {
            colors = c;
            redraw();
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !following) {
                editor.jumpTo(now.line(), 1);
            }
        });
        graph.canvas().setOnMouseClicked(e -> graph.stepAt(e.getX(), e.getY()).flatMap(vm::lineOf)
                .ifPresent(line -> editor.jumpTo(line, 1)));
        vm.structureProperty().addListener((obs, old, now) -> structure(now));
        vm.caretStepProperty().addListener((obs, old, now) -> follow(now));
        editor.analysisProperty().addListener((obs, old, now) -> vm.analysed(now));
        editor.caretLineProperty().addListener((obs, old, now) -> vm.caretMoved(now.intValue()));
        vm.analysed(editor.analysisProperty().get());
    }

    VBox node() {
        return root;
    }

    ListView<Node> list() {
        return list;
    }

    StructureGraph graph() {
        return graph;
    }

    private void structure(WorkflowStructure s) {
        following = true;
        list.getItems().setAll(s.nodes());
        following = false;
        summary.getStyleClass().remove(Styles.CRIT);
        if (s.nodes().isEmpty()) {
            summary.setText("No steps to show: the text has no readable steps list yet.");
        } else if (!s.cycles().isEmpty()) {
            summary.getStyleClass().add(Styles.CRIT);
            summary.setText(s.nodes().size() + " steps · dependency cycle: " + s.cycles().stream()
                    .map(c -> String.join(" → ", c) + " → " + c.get(0)).reduce((a, b) -> a + "; " + b).orElse(""));
        } else {
            String steps = s.nodes().size() + (s.nodes().size() == 1 ? " step in " : " steps in ");
            summary.setText(steps + s.levels() + " level" + (s.levels() == 1 ? "" : "s")
                    + " · blue deterministic, amber AI, grey unknown actor");
        }
        follow(vm.caretStepProperty().get());
    }

    private void follow(String stepId) {
        following = true;
        if (stepId == null) {
            list.getSelectionModel().clearSelection();
        } else {
            list.getItems().stream().filter(n -> n.id().equals(stepId)).findFirst().ifPresent(n -> {
                list.getSelectionModel().select(n);
                list.scrollTo(n);
            });
        }
        following = false;
        redraw();
    }

    private void redraw() {
        graph.show(vm.structureProperty().get(), vm.caretStepProperty().get(), colors);
    }

    /** "1.002  Quick fixes" with the actor and its type below. */
    private static final class StepCell extends ListCell<Node> {
        @Override
        protected void updateItem(Node n, boolean empty) {
            super.updateItem(n, empty);
            if (empty || n == null) {
                setText(null);
                getStyleClass().remove(Styles.CRIT);
                return;
            }
            setText(n.id() + "  " + n.name() + "\n    " + n.actor() + " · " + n.actorType() + " · line " + n.line());
            if (n.inCycle() && !getStyleClass().contains(Styles.CRIT)) {
                getStyleClass().add(Styles.CRIT);
            } else if (!n.inCycle()) {
                getStyleClass().remove(Styles.CRIT);
            }
        }
    }
}
