package dev.clio.console.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.console.common.ConsolePrefs;
import dev.clio.console.common.ConsoleSettings;
import dev.clio.console.common.SessionHolder;
import dev.clio.console.common.Theme;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {

    @TempDir
    static Path dir;

    private ConsolePrefs prefs;
    private ConsoleSettings settings;
    private SettingsViewModel vm;

    @Start
    void start(Stage stage) {
        prefs = ConsolePrefs.load(dir.resolve("p" + System.nanoTime()));
        settings = new ConsoleSettings(prefs, null);
        vm = new SettingsViewModel(settings, new SessionHolder(Runnable::run), prefs.file());
        stage.setScene(new Scene((javafx.scene.Parent) new SettingsView(vm).node(), 800, 500));
        stage.show();
    }

    @Test
    void choicesChangeTheSettingsAndAreRememberedAcrossRuns(FxRobot robot) {
        robot.clickOn("#settings-theme-dark");
        robot.clickOn("#settings-sound");
        robot.interact(() -> robot.lookup("#settings-refresh").queryAs(ComboBox.class)
                .getSelectionModel().select(Duration.ofSeconds(5)));
        robot.interact(() -> vm.chooseRefresh(Duration.ofSeconds(5)));
        assertThat(settings.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(settings.alertSoundProperty().get()).isTrue();
        assertThat(settings.refreshProperty().get()).isEqualTo(Duration.ofSeconds(5));
        prefs.save();
        ConsoleSettings again = new ConsoleSettings(ConsolePrefs.load(prefs.file().getParent()), null);
        assertThat(again.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(again.refreshProperty().get()).isEqualTo(Duration.ofSeconds(5));
        assertThat(again.alertSoundProperty().get()).isTrue();
        assertThat(new ConsoleSettings(ConsolePrefs.load(prefs.file().getParent()), Duration.ofSeconds(2))
                .refreshProperty().get()).as("--refresh wins").isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void nonsenseIntervalsAreIgnoredAndLabelsArePlain(FxRobot robot) {
        robot.interact(() -> vm.chooseRefresh(Duration.ZERO));
        robot.interact(() -> vm.chooseRefresh(null));
        assertThat(settings.refreshProperty().get()).isEqualTo(Duration.ofSeconds(1));
        assertThat(SettingsViewModel.label(Duration.ofMillis(1500))).isEqualTo("every 1.5 s");
        assertThat(SettingsViewModel.label(Duration.ofSeconds(10))).isEqualTo("every 10 s");
        assertThat(robot.lookup("#settings-connection").queryAs(Label.class).getText()).isEqualTo("not connected");
    }
}
