package dev.clio.cli;

import java.util.Locale;
import java.util.function.UnaryOperator;

/** Tells, before JavaFX fails with a stack trace, that there is no desktop to open a window on. */
final class Displays {

    private Displays() {
    }

    /** Why no window can open, or null when one can (or this platform does not tell). */
    static String problemOrNull(UnaryOperator<String> env) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        boolean headlessGlass = "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"));
        if (!os.contains("linux") || headlessGlass) {
            return null;
        }
        if (blank(env.apply("DISPLAY")) && blank(env.apply("WAYLAND_DISPLAY"))) {
            return "the console needs a desktop session (neither DISPLAY nor WAYLAND_DISPLAY is set). "
                    + "Run it on your desktop, under 'xvfb-run', or use the command-line commands "
                    + "('cli-orchestrator --help').";
        }
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
