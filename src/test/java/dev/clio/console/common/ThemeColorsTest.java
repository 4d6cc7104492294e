package dev.clio.console.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ThemeColorsTest {

    private final List<ThemeColors> seen = new ArrayList<>();
    private Scene scene;
    private StackPane host;

    @Start
    void start(Stage stage) {
        host = new StackPane();
        ThemeColors.follow(host, seen::add);
        scene = new Scene(new StackPane(), 300, 200);
        theme(Theme.DARK);
        stage.setScene(scene);
        stage.show();
    }

    private void theme(Theme theme) {
        scene.getStylesheets().setAll(css(theme.stylesheet()), css(Styles.BASE_STYLESHEET));
    }

    private static String css(String resource) {
        return ThemeColorsTest.class.getResource(resource).toExternalForm();
    }

    @Test
    void followsTheThemeTheSceneReallyHas(FxRobot robot) {
        assertThat(seen).as("nothing until the host is in a scene").isEmpty();
        robot.interact(() -> ((StackPane) scene.getRoot()).getChildren().add(host));
        ThemeColors dark = seen.getLast();
        assertThat(dark.bg()).isEqualTo(Color.web("#0d1117"));
        assertThat(dark.crit()).isEqualTo(Color.web("#f85149"));
        assertThat(dark.dark()).isTrue();
        robot.interact(() -> theme(Theme.LIGHT));
        ThemeColors light = seen.getLast();
        assertThat(light).isEqualTo(ThemeColors.FALLBACK);
        assertThat(light.dark()).isFalse();
        assertThat(light.ok()).isEqualTo(Color.web("#1a7f37"));
    }
}
