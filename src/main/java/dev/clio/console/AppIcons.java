package dev.clio.console;

import java.io.InputStream;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The window icon in the sizes the desktop may ask for, from the bundled {@code icons/} folder. */
final class AppIcons {

    private static final int[] SIZES = {16, 32, 48, 64, 128, 256, 512};

    private AppIcons() {
    }

    static void install(Stage stage) {
        for (int size : SIZES) {
            InputStream in = AppIcons.class.getResourceAsStream("/icons/app-" + size + ".png");
            if (in != null) {
                stage.getIcons().add(new Image(in));
            }
        }
    }
}
