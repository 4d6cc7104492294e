package dev.clio.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.clio.demo.DemoEngine;
import dev.clio.demo.DemoLoad;
import dev.clio.demo.DemoLoadSettings;
import dev.clio.demo.DemoWorkspace;
import dev.clio.ops.Durations;
import dev.clio.ops.OpsException;
import dev.clio.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cli-orchestrator demo-load}: the console's demo load without the console, for the heap benchmark and for
 * watching the KPIs move from another terminal. Runs until {@code --duration} has passed or SIGTERM / Ctrl+C.
 */
@Command(name = "demo-load", description = "Generate demo load: serve the workspace's engine on a free 127.0.0.1 "
        + "port and call its API with sample workflows, failed authentications and forbidden actions (docs/demo.md).")
final class DemoLoadCommand implements Callable<Integer> {

    /** The logger of the server's error answers (a package-private class, hence the name). */
    private static final String SERVER_ERRORS = "dev.clio.server.ErrorRenderer";

    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace to load (default: the demo workspace "
            + "in the user's data directory, created on first run).")
    Path dir;

    @Option(names = "--duration", paramLabel = "DURATION", description = "Stop after this long, e.g. 20m (default: "
            + "until Ctrl+C).")
    String duration;

    @Option(names = "--rate", paramLabel = "N", defaultValue = "2", description = "API reads per second, 0.1 to 50 "
            + "(default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--workflow-every", paramLabel = "DURATION", defaultValue = "5s", description = "Start a sample "
            + "workflow this often (default: ${DEFAULT-VALUE}).")
    String workflowEvery;

    @Option(names = "--summary-every", paramLabel = "DURATION", defaultValue = "10s", hidden = true)
    String summaryEvery;

    @Spec
    CommandSpec spec;

    /** Counted down once everything is closed, so a SIGTERM hook can wait for the key file and audit log. */
    private final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public Integer call() {
        Duration limit = duration == null ? null : parse("--duration", duration);
        Duration every = parse("--summary-every", summaryEvery);
        DemoLoadSettings settings;
        try {
            settings = DemoLoadSettings.defaults().withRate(rate).withWorkflowInterval(parse("--workflow-every",
                    workflowEvery));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Workspace ws = dir == null ? DemoWorkspace.ensure() : DemoWorkspace.ensure(dir);
        Level level = quietDemoErrors();
        try (DemoEngine engine = DemoEngine.open(ws); DemoLoad load = new DemoLoad(engine, settings)) {
            load.start();
            run(load, ws, limit, every);
            load.stop();
            PrintWriter out = spec.commandLine().getOut();
            out.println(load.stats().summary(Instant.now()));
            out.flush();
        } finally {
            restore(level);
            closed.countDown();
        }
        return ExitCodes.OK;
    }

    private void run(DemoLoad load, Workspace ws, Duration limit, Duration every) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("demo load on %s (workspace %s)%s; Ctrl+C to stop%n", load.stats().baseUrl(), ws.root(),
                limit == null ? "" : " for " + Durations.format(limit));
        out.flush();
        CountDownLatch signalled = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            signalled.countDown();
            await(closed, Duration.ofSeconds(5));
        }, "cli-demo-load-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        Instant end = limit == null ? Instant.MAX : Instant.now().plus(limit);
        Instant next = Instant.now().plus(every);
        try {
            while (true) {
                Instant wake = next.isBefore(end) ? next : end;
                if (await(signalled, Duration.between(Instant.now(), wake)) || !wake.isBefore(end)) {
                    break; // the last line is the final summary
                }
                out.println(load.stats().summary(Instant.now()));
                out.flush();
                next = next.plus(every);
            }
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for 'closed'
            }
        }
    }

    /** True when the latch reached zero; an interrupt counts as a signal to stop. */
    private static boolean await(CountDownLatch latch, Duration timeout) {
        try {
            return latch.await(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private Duration parse(String option, String value) {
        try {
            return Durations.parse(option, value);
        } catch (OpsException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The server logs every 5xx; the demo's own (a refused second log stream) are counted in the summary instead. */
    private static Level quietDemoErrors() {
        Logger renderer = (Logger) LoggerFactory.getLogger(SERVER_ERRORS);
        Level before = renderer.getLevel();
        renderer.setLevel(Level.ERROR);
        return before;
    }

    private static void restore(Level level) {
        ((Logger) LoggerFactory.getLogger(SERVER_ERRORS)).setLevel(level);
    }
}
