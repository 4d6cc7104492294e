package dev.clio.console;

import dev.clio.console.common.Theme;
import dev.clio.console.common.ViewSpec;
import dev.clio.console.shell.ShellViewModel;
import dev.clio.console.shell.WelcomeModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code console --screenshots DIR}: shows every view in the light and the dark theme, lets it settle (a KPI refresh
 * and a few pulses), writes {@code <view>-<theme>.png} and then exits. Everything runs on the UI thread, one step per
 * pause, so the views render exactly as a user would see them. A fresh profile shows the first-run welcome: it is
 * photographed first ({@code welcome-<theme>.png}) and then hidden for this run, so it covers no view.
 */
final class ScreenshotTour {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotTour.class);

    /** {@code view} null: the window as it opened, with the welcome over it. */
    private record Shot(ViewSpec view, Theme theme) {
        String name() {
            return (view == null ? "welcome" : view.id()) + "-" + theme.name().toLowerCase(Locale.ROOT);
        }
    }

    private final Scene scene;
    private final ShellViewModel vm;
    private final Path dir;
    private final Runnable done;
    private final List<Shot> shots = new ArrayList<>();
    private final Duration settle;
    private final java.util.function.Consumer<String> beforeShot;
    private final WelcomeModel welcome;

    /** @param beforeShot called with a view's id once it is shown, to put something worth seeing on it */
    ScreenshotTour(Scene scene, ShellViewModel vm, WelcomeModel welcome, Path dir, Duration settle, Runnable done,
            java.util.function.Consumer<String> beforeShot) {
        this.beforeShot = beforeShot;
        this.scene = scene;
        this.vm = vm;
        this.welcome = welcome;
        this.dir = dir;
        this.settle = settle;
        this.done = done;
        if (welcome.showingProperty().get()) {
            for (Theme theme : Theme.values()) {
                shots.add(new Shot(null, theme));
            }
        }
        for (Theme theme : Theme.values()) {
            vm.views().forEach(v -> shots.add(new Shot(v, theme)));
        }
    }

    /** Starts after {@code initialDelay}, giving the first session time to open and the tiles their first values. */
    void start(Duration initialDelay) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            LOG.error("cannot create screenshot folder {}: {}", dir, e.getMessage());
            done.run();
            return;
        }
        later(initialDelay, () -> next(0));
    }

    private void next(int index) {
        if (index >= shots.size()) {
            LOG.info("wrote {} screenshots to {}", shots.size(), dir);
            done.run();
            return;
        }
        Shot shot = shots.get(index);
        vm.setTheme(shot.theme());
        if (shot.view() != null) {
            welcome.hideForNow();
            vm.show(shot.view().id());
            beforeShot.accept(shot.view().id());
        }
        later(settle, () -> {
            Path file = dir.resolve(shot.name() + ".png");
            try {
                PngWriter.write(scene.snapshot(null), file);
            } catch (IOException e) {
                LOG.error("could not write {}: {}", file, e.getMessage());
            }
            next(index + 1);
        });
    }

    private static void later(Duration delay, Runnable step) {
        PauseTransition pause = new PauseTransition(delay);
        pause.setOnFinished(e -> step.run());
        pause.play();
    }
}
