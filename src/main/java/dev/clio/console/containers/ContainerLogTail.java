package dev.clio.console.containers;

import dev.clio.console.common.Styles;
import dev.clio.ops.Containers;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * The selected container's last {@value LogTailReader#LINES} log lines, re-read with every poll, stderr
 * marked. Shows the newest line unless the user scrolled away from it.
 */
final class ContainerLogTail {

    private final ListView<Containers.LogLine> list = new ListView<>();

    ContainerLogTail(ContainersViewModel vm) {
        list.setId("containers-log");
        list.getStyleClass().add(Styles.CONTAINER_LOG);
        list.setFixedCellSize(20);
        list.setPlaceholder(new Label("No log lines"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Containers.LogLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove(Styles.CRIT);
                setText(empty || line == null ? null : line.text());
                if (!empty && line != null && line.stderr()) {
                    getStyleClass().add(Styles.CRIT);
                }
            }
        });
        vm.logTailProperty().addListener((obs, old, now) -> apply(old, now));
    }

    Node node() {
        return list;
    }

    private void apply(LogTail old, LogTail now) {
        boolean sameContainer = old != null && now.container() != null && now.container().equals(old.container());
        list.getItems().setAll(now.lines());
        ((Label) list.getPlaceholder()).setText(now.problemOrNull() != null ? now.problemOrNull()
                : now.container() == null ? "Select a container to see its log" : "No log lines");
        if (!sameContainer || !list.getItems().isEmpty()) {
            list.scrollTo(list.getItems().size() - 1);
        }
    }
}
