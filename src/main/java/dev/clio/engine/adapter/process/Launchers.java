package dev.clio.engine.adapter.process;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Supplier;
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
    static final Launcher JDK = new JdkLauncher();

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
        return select(choice, Probe.ONCE, Thread.currentThread().isVirtual());
    }

    static Launcher select(Choice choice, Probe probe, boolean virtualThread) throws IOException {
        return switch (choice) {
            case JDK -> JDK;
            case NATIVE -> {
                if (probe.launcher() == null) {
                    throw new IOException("the native process launcher was requested (" + PROPERTY + "=native) but "
                            + "is not available: " + probe.reason() + "; use auto or jdk");
                }
                yield probe.launcher();
            }
            case AUTO -> probe.launcher() == null || virtualThread ? JDK : probe.launcher();
        };
    }

    /** What {@code auto} uses on a platform thread, and why when it is not the native launcher. */
    static String describeAuto() {
        return Probe.ONCE.launcher() != null ? Probe.ONCE.launcher().name()
                : JDK.name() + " (native unavailable: " + Probe.ONCE.reason() + ")";
    }

    /**
     * Whether the native launcher can run here: the launcher, or null and the reason.
     *
     * @param launcher the native launcher, or null
     * @param reason why there is none, or null
     */
    record Probe(Launcher launcher, String reason) {

        /** This JVM's, probed on first use; a fallback is logged once, at debug. */
        static final Probe ONCE = of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""),
                NativeLauncher::create);

        static Probe of(String os, String arch, Supplier<Launcher> factory) {
            String reason = !os.equals("Linux") ? "not Linux (" + os + ")"
                    : !arch.equals("amd64") && !arch.equals("aarch64") ? "unsupported architecture " + arch : null;
            Launcher launcher = null;
            if (reason == null) {
                try {
                    launcher = factory.get();
                } catch (LinkageError | RuntimeException e) {
                    // UnsatisfiedLinkError for a missing glibc symbol, NoClassDefFoundError without JNA.
                    reason = e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            }
            if (launcher == null) {
                LOG.debug("child processes start through the JDK's ProcessBuilder: {}", reason);
            }
            return new Probe(launcher, reason);
        }
    }
}
