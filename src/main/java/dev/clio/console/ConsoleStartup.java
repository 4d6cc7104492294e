package dev.clio.console;

import dev.clio.console.common.Session;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How the console starts.
 *
 * @param initialSession opened off the UI thread after the window shows (opening a workspace runs migrations)
 * @param viewOrNull the view to show first, else the one shown last time
 * @param configDir where preferences and saved connections live
 * @param refreshOrNull the KPI poll interval given on the command line, else the remembered one
 * @param screenshotsOrNull when set, the console shows every view in both themes, writes PNGs there and exits
 * @param firstFrameFileOrNull when set, the milliseconds from process start to the first frame are written there
 * @param exitAfterFirstFrame for the start-up benchmark
 * @param demoLoad start the demo load generator once the demo workspace is open
 */
public record ConsoleStartup(Supplier<Session> initialSession, String viewOrNull, Path configDir, Duration refreshOrNull,
        Path screenshotsOrNull, Path firstFrameFileOrNull, boolean exitAfterFirstFrame, boolean demoLoad) {

    public ConsoleStartup {
        Objects.requireNonNull(initialSession);
        Objects.requireNonNull(configDir);
    }
}
