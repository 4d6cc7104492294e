package dev.clio.runbook;

import dev.clio.engine.adapter.process.ProcessResult;
import dev.clio.engine.adapter.process.ProcessRunner;
import dev.clio.engine.adapter.process.ProcessSpec;
import dev.clio.ops.OpsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs command steps on this machine, through the engine's ProcessRunner (argv, never a shell). The safety rules, on
 * top of what loading checked: every value is one argument, values that start with '-' are refused, path values must
 * resolve inside the workspace (symbolic links included), only the allowlisted variables reach the program, and the
 * timeout and output cap always apply.
 */
public final class CommandSteps {

    private final Path workspace;
    private final Map<String, String> environment;

    /**
     * @param environment the variables a step's {@code env} may inherit from (the process environment in
     *     production, a fixed map in tests)
     */
    public CommandSteps(Path workspace, Map<String, String> environment) {
        this.workspace = workspace.toAbsolutePath().normalize();
        this.environment = Map.copyOf(environment);
    }

    /** The argv the step will run with these values; shown in confirmations. */
    public List<String> argv(Runbook runbook, RunbookStep step, Map<String, String> params) {
        List<String> out = new ArrayList<>();
        for (String arg : step.command().argv()) {
            if (!RunbookDocument.isWholeReference(arg)) {
                out.add(arg);
                continue;
            }
            String name = arg.strip().substring("${params.".length(), arg.strip().length() - 1).strip();
            String value = ParamResolver.substitute(runbook, arg, params);
            if (value.startsWith("-")) {
                throw OpsException.invalid("parameter " + name + " starts with '-'; a command step never passes "
                        + "a value that could be read as an option");
            }
            RunbookParam p = runbook.params().get(name);
            if (p != null && p.type() == RunbookParam.ParamType.PATH) {
                insideWorkspace(name, value);
            }
            out.add(value);
        }
        return out;
    }

    /**
     * Runs the step and waits for it (at most its timeout). Blocks.
     *
     * @throws OpsException INVALID_REQUEST for a refused value, UNAVAILABLE when the program cannot be started
     */
    public CommandOutput run(Runbook runbook, RunbookStep step, Map<String, String> params) {
        CommandSpec c = step.command();
        List<String> argv = argv(runbook, step, params);
        Map<String, String> passed = new LinkedHashMap<>();
        c.env().forEach(name -> {
            String v = environment.get(name);
            if (v != null) {
                passed.put(name, v);
            }
        });
        // Only PATH is inherited implicitly (to find the program); everything else must be listed in env.
        Map<String, String> base = environment.containsKey("PATH") ? Map.of("PATH", environment.get("PATH"))
                : Map.of();
        ProcessRunner runner = new ProcessRunner(workspace, base, Duration.ofSeconds(1));
        ProcessSpec spec = ProcessSpec.of(argv).inDirectory(c.cwd().equals("workspace") ? null : c.cwd())
                .withEnv(passed).withTimeout(c.timeout()).withMaxOutputBytes(c.outputLimitBytes());
        try {
            Files.createDirectories(workspace.resolve(c.cwd().equals("workspace") ? "." : c.cwd()));
            ProcessResult r = runner.run(spec);
            return new CommandOutput(r.exitCode(), r.stdout(), r.stderr(), r.timedOut(), r.truncated(),
                    r.elapsed().toMillis());
        } catch (IOException e) {
            throw new OpsException(OpsException.Kind.UNAVAILABLE, "cannot run " + argv.get(0) + ": "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpsException(OpsException.Kind.UNAVAILABLE, "the command was interrupted");
        } catch (IllegalArgumentException e) {
            throw OpsException.invalid(e.getMessage());
        }
    }

    private void insideWorkspace(String name, String value) {
        Path resolved = workspace.resolve(value).normalize();
        boolean inside = resolved.startsWith(workspace);
        if (inside && Files.exists(resolved)) {
            try {
                inside = resolved.toRealPath().startsWith(workspace.toRealPath());
            } catch (IOException e) {
                inside = false;
            }
        }
        if (!inside) {
            throw OpsException.invalid("parameter " + name + ": '" + value + "' is outside the workspace; give a "
                    + "path inside it");
        }
    }
}
