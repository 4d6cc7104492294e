package dev.clio.cli;

import dev.clio.ops.Operations;
import dev.clio.ops.remote.RemoteOperations;
import dev.clio.workspace.Workspace;
import dev.clio.workspace.WorkspaceInitializer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;

/** The real command line over a fresh workspace, with its streams, environment and confirmations under test control. */
final class OpsCli {

    final Workspace ws;
    final Scripted confirmer = new Scripted();
    final Map<String, String> env = new HashMap<>();
    final StandInOperations embedded;

    private OpsCli(Workspace ws) {
        this.ws = ws;
        this.embedded = new StandInOperations(ws);
    }

    static OpsCli create(Path temp) throws IOException {
        return new OpsCli(WorkspaceInitializer.initialize(temp.resolve("ws")).workspace());
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
                return embedded;
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
    }
}
