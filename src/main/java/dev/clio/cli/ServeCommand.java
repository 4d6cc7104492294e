package dev.clio.cli;

import dev.clio.engine.log.AccessLog;
import dev.clio.ops.RequestStats;
import dev.clio.ops.Resources;
import dev.clio.security.Caller;
import dev.clio.security.SecurityGate;
import dev.clio.server.ApiServer;
import dev.clio.server.AsyncAccessLog;
import dev.clio.server.ServerBootstrap;
import dev.clio.server.ServerOptions;
import dev.clio.server.ServerSecurity;
import dev.clio.workspace.Workspace;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cli-orchestrator serve}: runs the HTTP service API until SIGTERM or Ctrl+C. Refuses to start, printing every
 * problem, when the configuration has errors.
 */
@Command(name = "serve", description = "Serve the HTTP API (/health, /ready, /metrics, /api/v1/...) until stopped.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String bind;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on, 1-65535, or 0 for a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin
    WorkspaceOption workspaceOption;

    @Spec
    CommandSpec spec;

    /** Counted down once the resources are closed, so a SIGTERM hook can wait for the audit log to be flushed. */
    private final CountDownLatch closed = new CountDownLatch(1);
    private boolean interrupted;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Workspace ws = workspaceOption.workspace();
        String problem = checkOptions(ws);
        if (problem != null) {
            err.println("error: " + problem);
            return ExitCodes.USAGE_OR_IO;
        }
        ServerBootstrap.Provider provider = ServerBootstrap.provider().orElse(null);
        if (provider == null) {
            err.println("error: this build has no engine wired into 'serve' (ServerBootstrap has no provider)");
            return ExitCodes.USAGE_OR_IO;
        }
        int code = run(ws, provider, err);
        if (interrupted) {
            // restored only now: with the flag set, closing the gate and the store fails their last writes
            Thread.currentThread().interrupt();
        }
        return code;
    }

    private int run(Workspace ws, ServerBootstrap.Provider provider, PrintWriter err) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        RequestStats stats = new RequestStats();
        try (SecurityGate gate = ServerSecurity.open(ws.security());
                AsyncAccessLog accessLog = new AsyncAccessLog(AccessLog.open(ws.accessLog()));
                ServerBootstrap.Backend backend = provider.open(ws, registry, stats, gate)) {
            List<Resources.ConfigFinding> errors = backend.factory().forCaller(Caller.localUser()).validateConfig()
                    .stream().filter(f -> "error".equals(f.severity())).toList();
            if (!errors.isEmpty()) {
                err.println("error: the server will not start with configuration errors:");
                errors.forEach(f -> err.println("  " + f.key() + ": " + f.message()));
                return ExitCodes.PROBLEMS;
            }
            ServerOptions options = ServerOptions.builder(gate).bind(bind).port(port).registry(registry)
                    .stats(stats).accessLog(accessLog).build();
            return serve(backend, options, err);
        } finally {
            closed.countDown();
        }
    }

    private int serve(ServerBootstrap.Backend backend, ServerOptions options, PrintWriter err) {
        ApiServer server;
        try {
            server = ApiServer.start(backend.factory(), options);
        } catch (RuntimeException e) {
            err.println("error: cannot listen on " + bind + ":" + port + ": " + rootMessage(e)
                    + "; choose another --port or --bind");
            return ExitCodes.USAGE_OR_IO;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.stop();
            stopped.countDown();
            try {
                closed.await(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("cli-orchestrator serving http://%s:%d (workspace %s); Ctrl+C to stop%n", urlHost(bind),
                server.port(), workspaceOption.workspace().root());
        if (!options.publicMetrics()) {
            out.println("note: not bound to loopback, so /metrics needs a viewer key (X-API-Key)");
        }
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // stop with the flag cleared, or Jetty's graceful stop is cut short; then keep the interrupt
            server.stop();
            Runtime.getRuntime().removeShutdownHook(hook);
            interrupted = true;
        }
        return ExitCodes.OK;
    }

    private String checkOptions(Workspace ws) {
        if (port < 0 || port > 65_535) {
            return "--port " + port + " is not between 1 and 65535 (0 picks a free port)";
        }
        try {
            InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            return "--bind " + bind + " is not an address of this machine";
        }
        if (!Files.isDirectory(ws.root())) {
            return "workspace " + ws.root() + " is not a directory; create it with 'cli-orchestrator init DIR'";
        }
        return null;
    }

    private static String urlHost(String bind) {
        return bind.contains(":") ? "[" + bind + "]" : bind;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
