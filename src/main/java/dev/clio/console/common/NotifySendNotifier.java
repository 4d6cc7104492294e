package dev.clio.console.common;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Linux desktops without a Java tray: {@code notify-send --urgency=critical TITLE TEXT}, killed after a timeout. */
final class NotifySendNotifier implements DesktopNotifier {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(NotifySendNotifier.class);

    private final Path executable;
    private final Duration timeout;

    NotifySendNotifier(Path executable, Duration timeout) {
        this.executable = executable;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "notify-send";
    }

    @Override
    public void show(String title, String text) {
        List<String> command = List.of(executable.toString(), "--urgency=critical", "--app-name=CLI Orchestrator",
                title, text);
        Process process = null;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("notify-send did not finish within {}; stopped it", timeout);
                process.destroyForcibly();
            } else if (process.exitValue() != 0) {
                LOG.warn("notify-send exited with {}", process.exitValue());
            }
        } catch (IOException e) {
            LOG.warn("could not run notify-send: {}", e.getMessage());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
