package dev.clio.console.logs;

import dev.clio.console.common.ConsoleAction;
import dev.clio.console.common.ActionRegistry;
import dev.clio.console.common.ConsoleView;
import dev.clio.console.common.Navigator;
import dev.clio.console.common.Styles;
import dev.clio.console.common.logpane.LogPane;
import java.io.File;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;

/** Tabs of live log panes: the orchestrator log, opened files, merged views. */
public final class LogsView implements ConsoleView {

    static final String OPEN_SHORTCUT = "Shortcut+Shift+O";
    static final String[] ICONS = {"mdi2f-folder-open-outline", "mdi2c-call-merge"};

    private final LogsViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TabPane tabPane = new TabPane();
    private final Map<LogsViewModel.LogTab, Tab> shown = new HashMap<>();

    public LogsView(LogsViewModel vm, ActionRegistry actions, Navigator navigator) {
        this.vm = vm;
        Label title = new Label("Logs");
        title.getStyleClass().add(Styles.VIEW_TITLE);
        Button open = new Button("Open file…", new FontIcon("mdi2f-folder-open-outline"));
        open.setId("logs-open-file");
        open.setOnAction(e -> chooseFile());
        Button merge = new Button("Merge tabs", new FontIcon("mdi2c-call-merge"));
        merge.setId("logs-merge");
        merge.setOnAction(e -> select(vm.mergeOpenTabs()));
        Label problem = new Label();
        problem.setId("logs-problem");
        problem.getStyleClass().add(Styles.LOG_PROBLEM);
        problem.textProperty().bind(vm.problemProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, spacer, problem, open, merge);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        header.getStyleClass().add(Styles.LOGS_HEADER);
        header.setPadding(new javafx.geometry.Insets(0, 0, 8, 0));
        tabPane.setId("logs-tabs");
        root.setTop(header);
        root.setCenter(tabPane);
        root.setId("logs-view");
        vm.tabs().forEach(this::addTab);
        vm.tabs().addListener((ListChangeListener<LogsViewModel.LogTab>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::removeTab);
                change.getAddedSubList().forEach(this::addTab);
            }
        });
        register(actions, navigator);
    }

    @Override
    public Node node() {
        return root;
    }

    private void addTab(LogsViewModel.LogTab logTab) {
        LogPane pane = new LogPane(logTab.pane());
        Tab tab = new Tab(logTab.title(), pane.node());
        tab.setId("logs-tab-" + logTab.id().replaceAll("[^A-Za-z0-9]+", "-"));
        tab.setClosable(logTab != vm.orchestrator());
        tab.setOnClosed(e -> {
            pane.dispose();
            vm.close(logTab);
        });
        tab.setUserData(pane);
        shown.put(logTab, tab);
        tabPane.getTabs().add(tab);
    }

    private void removeTab(LogsViewModel.LogTab logTab) {
        Tab tab = shown.remove(logTab);
        if (tab != null) {
            ((LogPane) tab.getUserData()).dispose();
            tabPane.getTabs().remove(tab);
        }
    }

    private void select(LogsViewModel.LogTab logTab) {
        Tab tab = logTab == null ? null : shown.get(logTab);
        if (tab != null) {
            tabPane.getSelectionModel().select(tab);
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Follow a log file");
        Scene scene = root.getScene();
        File file = chooser.showOpenDialog(scene == null ? null : scene.getWindow());
        if (file != null) {
            select(vm.openFile(file.toPath()));
        }
    }

    private void register(ActionRegistry actions, Navigator navigator) {
        ConsoleAction open = new ConsoleAction("logs.open-file", "Logs", "Follow a log file…", OPEN_SHORTCUT,
                "Opens a local file in a new tab and follows it across rotation and truncation", () -> {
                    navigator.show("logs");
                    chooseFile();
                });
        actions.register(open);
        actions.register(new ConsoleAction("logs.merge", "Logs", "Merge open tabs by time", null,
                "A new tab with the lines of every open log, ordered by time", () -> {
                    navigator.show("logs");
                    select(vm.mergeOpenTabs());
                }));
        actions.register(new ConsoleAction("logs.orchestrator", "Logs", "Orchestrator log", null,
                "The current connection's structured log, followed live", () -> {
                    navigator.show("logs");
                    select(vm.orchestrator());
                }));
        // the shell installs accelerators at start-up, before this view is built: install ours on first scene
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().putIfAbsent(KeyCombination.valueOf(OPEN_SHORTCUT), open.run());
            }
        });
    }
}
