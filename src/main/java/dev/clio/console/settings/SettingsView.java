package dev.clio.console.settings;

import dev.clio.console.common.ConsoleView;
import dev.clio.console.common.Styles;
import dev.clio.console.common.Theme;
import java.time.Duration;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Theme, KPI refresh interval, alert sound, and where the console keeps what it remembers. */
public final class SettingsView implements ConsoleView {

    private final VBox root;

    public SettingsView(SettingsViewModel vm) {
        Label title = new Label("Settings");
        title.getStyleClass().add(Styles.VIEW_TITLE);
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(12);
        grid.setPadding(new Insets(8, 0, 0, 0));
        grid.addRow(0, new Label("Theme"), themeChoice(vm));
        grid.addRow(1, new Label("KPI refresh"), refreshChoice(vm));
        grid.addRow(2, new Label("Critical alerts"), soundChoice(vm));
        Label connection = new Label();
        connection.setId("settings-connection");
        connection.textProperty().bind(vm.connectionProperty());
        grid.addRow(3, new Label("Connected to"), connection);
        Label prefs = new Label(vm.preferencesFile());
        prefs.getStyleClass().add(Styles.MUTED);
        grid.addRow(4, new Label("Remembered in"), prefs);
        root = new VBox(12, title, grid);
        root.setId("settings-view");
    }

    @Override
    public Node node() {
        return root;
    }

    private static HBox themeChoice(SettingsViewModel vm) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(12);
        for (Theme theme : Theme.values()) {
            RadioButton button = new RadioButton(theme == Theme.LIGHT ? "Light" : "Dark");
            button.setId("settings-theme-" + theme.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(group);
            button.setUserData(theme);
            button.setSelected(vm.settings().themeProperty().get() == theme);
            button.setOnAction(e -> vm.chooseTheme(theme));
            box.getChildren().add(button);
        }
        vm.settings().themeProperty().addListener((obs, old, now) ->
                group.getToggles().forEach(t -> t.setSelected(t.getUserData() == now)));
        return box;
    }

    private static ComboBox<Duration> refreshChoice(SettingsViewModel vm) {
        ComboBox<Duration> box = new ComboBox<>();
        box.setId("settings-refresh");
        box.getItems().setAll(vm.refreshChoices());
        if (!box.getItems().contains(vm.settings().refreshProperty().get())) {
            box.getItems().add(0, vm.settings().refreshProperty().get());
        }
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Duration d) {
                return d == null ? "" : SettingsViewModel.label(d);
            }

            @Override
            public Duration fromString(String s) {
                return null;
            }
        });
        box.getSelectionModel().select(vm.settings().refreshProperty().get());
        box.setOnAction(e -> vm.chooseRefresh(box.getValue()));
        box.setTooltip(new Tooltip("How often the tiles and alerts poll the engine; tiles never animate faster"));
        return box;
    }

    private static CheckBox soundChoice(SettingsViewModel vm) {
        CheckBox sound = new CheckBox("Play a sound when a critical alert fires");
        sound.setId("settings-sound");
        sound.setSelected(vm.settings().alertSoundProperty().get());
        sound.setOnAction(e -> vm.chooseAlertSound(sound.isSelected()));
        return sound;
    }
}
