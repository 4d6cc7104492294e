package dev.clio.cli;

import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that answers with one or a few Operations calls. It opens the Operations its options name, runs, and
 * closes them; a typed Operations failure becomes one plain {@code error:} line and exit code 2.
 */
abstract class OpsCommand implements Callable<Integer> {

    @Mixin
    OpsOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        Output output = new Output(spec, options.json());
        try (Operations ops = options.open(settingVariables())) {
            return run(ops, output);
        } catch (OpsException e) {
            output.err().println("error: " + oneLine(e.getMessage()));
            return ExitCodes.USAGE_OR_IO;
        }
    }

    /**
     * Settings this command's options override for one in-process run, by option name: {@code --docker-host} to
     * ({@code CLI_ORCHESTRATOR_DOCKER_HOST}, value). None by default.
     */
    java.util.Map<String, java.util.Map.Entry<String, String>> settingVariables() {
        return java.util.Map.of();
    }

    /** Calls Operations and prints the answer; returns the exit code. */
    abstract int run(Operations ops, Output out);

    /** A remediation's confirmation, bound to this command's options. */
    final Remediation remediation(Operations ops, Output out, ConfirmOption confirm) {
        return new Remediation(ops, out, options, confirm.yes);
    }

    static String oneLine(String message) {
        return message == null ? "unexpected failure" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
