package dev.clio.cli;

import dev.clio.security.AuditLog;
import dev.clio.security.AuditRecord;
import dev.clio.security.AuditResult;
import dev.clio.security.Caller;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "Create, list and revoke the API keys of the service API (sent in the X-API-Key header).",
        subcommands = {KeysCreateCommand.class, KeysListCommand.class, KeysRevokeCommand.class})
final class KeysCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs a keys action as the local admin and appends it to the workspace's audit log, with its result, whether it
     * succeeds or fails (a failure is rethrown for the error handler).
     */
    static <T> T audited(AuditLog audit, String action, Map<String, ?> parameters,
            Function<T, String> target, Supplier<T> work) {
        Caller local = Caller.localUser();
        long start = System.nanoTime();
        try {
            T value = work.get();
            audit.append(AuditRecord.of(Clock.systemUTC().instant(), local, action, target.apply(value), parameters,
                    AuditResult.OK, "", Duration.ofNanos(System.nanoTime() - start), null));
            return value;
        } catch (RuntimeException e) {
            try {
                audit.append(AuditRecord.of(Clock.systemUTC().instant(), local, action, null, parameters,
                        AuditResult.ERROR, e.getMessage(), Duration.ofNanos(System.nanoTime() - start), null));
            } catch (RuntimeException auditFailure) {
                e.addSuppressed(auditFailure);
            }
            throw e;
        }
    }

    /** A usage error (one line plus a hint) for a bad option value found after parsing. */
    static CommandLine.ParameterException usage(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
