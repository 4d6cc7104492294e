package dev.clio.console;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures start-up as the benchmark defines it: from process start to the first pulse after the stage is shown
 * ({@code onShown} fires before the window is visible, so the next animation tick is the first frame).
 */
final class FirstFrame {

    private static final Logger LOG = LoggerFactory.getLogger(FirstFrame.class);

    private FirstFrame() {
    }

    static void measure(Path fileOrNull, Runnable then) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                LOG.info("console first frame {} ms after process start", millis);
                if (fileOrNull != null) {
                    try {
                        Files.writeString(fileOrNull, millis + "\n", StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        LOG.warn("could not write {}: {}", fileOrNull, e.getMessage());
                    }
                }
                then.run();
            }
        }.start();
    }
}
