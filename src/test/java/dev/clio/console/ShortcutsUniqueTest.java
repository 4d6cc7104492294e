package dev.clio.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clio.console.common.ConsoleAction;
import dev.clio.console.common.ConsoleView;
import dev.clio.console.common.ViewSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Scene accelerators are one map: two actions with one shortcut means one of them silently never runs. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsUniqueTest {

    @TempDir
    static Path dir;

    private TestConsole console;
    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        console = TestConsole.embedded(dir.resolve("c" + System.nanoTime()));
        console.connect("development");
        stage.setScene(new Scene(root, 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> console.close());
    }

    @Test
    void everyViewsActionsHaveShortcutsOfTheirOwn() {
        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            for (ViewSpec spec : ConsoleViews.all()) {
                ConsoleView view = spec.factory().apply(console.context());
                root.getChildren().setAll(view.node());
                view.shown();
                view.hidden();
            }
        });
        Map<KeyCombination, List<String>> byKeys = new HashMap<>();
        for (ConsoleAction a : console.context().actions().all()) {
            if (a.shortcut() != null) {
                byKeys.computeIfAbsent(KeyCombination.valueOf(a.shortcut()), k -> new ArrayList<>()).add(a.id());
            }
        }
        assertThat(byKeys.values()).as("actions sharing a shortcut").allMatch(ids -> ids.size() == 1);
        assertThat(byKeys).as("the views registered their actions").hasSizeGreaterThan(10);
    }
}
