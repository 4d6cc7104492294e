package dev.clio.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;

/** For console tests that look at a dialog or panel the screenshot tour does not reach: the scene as a PNG. */
public final class TestShots {

    private TestShots() {
    }

    /** Call on the UI thread. */
    public static Path write(Scene scene, Path file) {
        try {
            Files.createDirectories(file.getParent());
            PngWriter.write(scene.snapshot(null), file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
