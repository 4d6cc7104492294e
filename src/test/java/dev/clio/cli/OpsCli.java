package dev.clio.cli;

import static org.awaitility.Awaitility.await;

import dev.clio.ops.Operations;
import dev.clio.ops.Workflows;
import dev.clio.ops.embedded.EmbeddedEngine;
import dev.clio.ops.embedded.EmbeddedOperations;
import dev.clio.ops.embedded.EngineOptions;
import dev.clio.ops.remote.RemoteOperations;
import dev.clio.security.Caller;
import dev.clio.workspace.Workspace;
import dev.clio.workspace.WorkspaceInitializer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The real command line over a fresh workspace and its real embedded engine, with the streams, environment and
 * confirmations under test control. The engine reads no process environment, so the tests are hermetic.
 */
final class OpsCli implements AutoCloseable {

    final Workspace ws;
    final EmbeddedEngine engine;
    final Scripted confirmer = new Scripted();
    final Map<String, String> env = new HashMap<>();
    private final EngineOptions options;

    private OpsCli(Workspace ws, EmbeddedEngine engine, EngineOptions options) {
        this.ws = ws;
        this.engine = engine;
        this.options = options;
    }

    /** A workspace made by {@code init}, its engine opened with these {@code CLI_ORCHESTRATOR_*} variables. */
    static OpsCli create(Path temp, Map<String, String> engineEnvironment) throws IOException {
        return create(temp, EngineOptions.defaults().withEnvironment(engineEnvironment));
    }

    static OpsCli create(Path temp, EngineOptions options) throws IOException {
        return create(temp, ws -> options);
    }

    /** A workspace made by {@code init}, its engine opened with the options made for it (a server's, say). */
    static OpsCli create(Path temp, Function<Workspace, EngineOptions> options) throws IOException {
        Workspace ws = WorkspaceInitializer.initialize(temp.resolve("ws")).workspace();
        EngineOptions applied = options.apply(ws);
        return new OpsCli(ws, EmbeddedEngine.open(ws, applied), applied);
    }

    static OpsCli create(Path temp) throws IOException {
        return create(temp, Map.of());
    }

    /** The local admin's view, as {@code EmbeddedOperations.open} gives it. */
    Operations local() {
        return engine.operations(Caller.localUser());
    }

    /** Runs a sample workflow to its end, so that the store, the log and the metrics have something to say. */
    Workflows.Execution execute(String sample) {
        Operations ops = local();
        String id = ops.execute(new Workflows.ExecuteRequest(sample, false, null, null, null, Map.of()))
                .executionId();
        await().atMost(Duration.ofSeconds(20)).until(() -> !"running".equals(ops.execution(id).status()));
        return ops.execution(id);
    }

    /** Runs in embedded mode against the workspace. */
    Result run(String... args) {
        return raw(Stream.concat(Arrays.stream(args), Stream.of("--workspace", ws.root().toString()))
                .toArray(String[]::new));
    }

    /** Runs exactly these arguments. */
    Result raw(String... args) {
        return raw(new StringWriter(), new StringWriter(), args);
    }

    /** Runs exactly these arguments, printing into the given writers (read them while a command still runs). */
    Result raw(StringWriter out, StringWriter err, String... args) {
        OpsConnector connector = new OpsConnector() {
            @Override
            public Operations embedded(Workspace workspace) {
                return local();
            }

            /** A setting a command option overrides needs an engine of its own, as the real connector opens. */
            @Override
            public Operations embedded(Workspace workspace, Map<String, String> settingVariables) {
                Map<String, String> environment = new HashMap<>(options.environment());
                environment.putAll(settingVariables);
                return EmbeddedOperations.open(workspace, options.withEnvironment(environment));
            }

            @Override
            public Operations remote(URI server, String apiKey, Path caCertOrNull) {
                return RemoteOperations.connect(server, apiKey, caCertOrNull);
            }
        };
        CommandLine cli = RootCommand.commandLine(new CliContext(connector, confirmer, env::get, ws.root()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Override
    public void close() {
        engine.close();
    }

    record Result(int code, String out, String err) {
    }

    /** Answers confirmations from a script and remembers the prompts. */
    static final class Scripted implements Confirmer {
        boolean interactive;
        final Deque<String> answers = new ArrayDeque<>();
        final List<String> prompts = new ArrayList<>();

        @Override
        public boolean interactive() {
            return interactive;
        }

        @Override
        public String ask(String prompt) {
            prompts.add(prompt);
            return answers.poll();
        }

        @Override
        public String askSecret(String prompt) {
            return ask(prompt);
        }
    }
}
