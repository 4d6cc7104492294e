package dev.clio.engine.adapter.process;

import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses how programs are started. The {@value #PROPERTY} system property is {@code auto} (default), {@code native}
 * or {@code jdk} (a system property rather than a setting: it is a workaround switch, read by every
 * {@link ProcessRunner}, also those that run before settings are loaded). {@code auto} uses the native
 * launcher on Linux x86_64/aarch64 when JNA and glibc's functions are there (checked once), except on virtual threads:
 * it blocks in native calls, which would pin the carrier thread; everything else gets the JDK's ProcessBuilder.
 */
final class Launchers {

    static final String PROPERTY = "clio.process.launcher";

    private static final Logger LOG = LoggerFactory.getLogger(Launchers.class);
    private static final Launcher JDK = new JdkLauncher();

    /** The setting's values. */
    enum Choice { AUTO, NATIVE, JDK }

    private Launchers() {
    }

    /** The configured choice; a value other than auto, native or jdk is an error naming the setting. */
    static Choice configured() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return Choice.AUTO;
        }
        try {
            return Choice.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + " must be auto, native or jdk, got '" + value + "'");
        }
    }

    /** The launcher for a run on the current thread. */
    static Launcher select(Choice choice) throws IOException {
        return switch (choice) {
            case JDK -> JDK;
            case NATIVE -> {
                if (NativeProbe.LAUNCHER == null) {
                    throw new IOException("the native process launcher was requested (" + PROPERTY + "=native) but "
                            + "is not available: " + NativeProbe.REASON + "; use auto or jdk");
                }
                yield NativeProbe.LAUNCHER;
            }
            case AUTO -> NativeProbe.LAUNCHER == null || Thread.currentThread().isVirtual() ? JDK
                    : NativeProbe.LAUNCHER;
        };
    }

    /** What {@code auto} uses on a platform thread, and why when it is not the native launcher. */
    static String describeAuto() {
        return NativeProbe.LAUNCHER != null ? NativeProbe.LAUNCHER.name()
                : JDK.name() + " (native unavailable: " + NativeProbe.REASON + ")";
    }

    /** Probed once, on first use; the fallback is logged once, at debug. */
    private static final class NativeProbe {

        static final String REASON;
        static final Launcher LAUNCHER;

        static {
            String reason = unsupportedPlatform();
            Launcher launcher = null;
            if (reason == null) {
                try {
                    launcher = NativeLauncher.create();
                } catch (LinkageError | RuntimeException e) {
                    reason = e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            }
            if (launcher == null) {
                LOG.debug("child processes start through the JDK's ProcessBuilder: {}", reason);
            }
            REASON = reason;
            LAUNCHER = launcher;
        }

        private static String unsupportedPlatform() {
            String os = System.getProperty("os.name", "");
            String arch = System.getProperty("os.arch", "");
            if (!os.equals("Linux")) {
                return "not Linux (" + os + ")";
            }
            if (!arch.equals("amd64") && !arch.equals("aarch64")) {
                return "unsupported architecture " + arch;
            }
            return null;
        }
    }
}
