package dev.clio.cli;

import dev.clio.ops.Durations;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.Resources;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code logs}: the structured engine log, filtered the way the runbook greps it; {@code --follow} keeps printing new
 * lines until interrupted (Ctrl+C).
 */
@Command(name = "logs", mixinStandardHelpOptions = true,
        description = "Structured log lines matching the filters, oldest first; --follow streams new ones.")
final class LogsCommand extends OpsCommand {

    @Option(names = "--since", paramLabel = "DURATION", defaultValue = "1h",
            description = "Only lines newer than this, e.g. 10m, 24h (default: ${DEFAULT-VALUE}).")
    String since;

    @Option(names = "--level", paramLabel = "LEVEL", description = "Only this level, e.g. ERROR or WARN.")
    String level;

    @Option(names = "--event", paramLabel = "EVENT", description = "Only this event, e.g. workflow_execution_failed.")
    String event;

    @Option(names = "--workflow", paramLabel = "NAME", description = "Only this workflow name.")
    String workflow;

    @Option(names = "--grep", paramLabel = "TEXT", description = "Only lines containing this text.")
    String grep;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "At most this many lines, 1 to 1000 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = {"-f", "--follow"}, description = "Keep printing new matching lines until interrupted.")
    boolean follow;

    @Override
    int run(Operations ops, Output out) {
        if (limit < 1 || limit > 1000) {
            throw OpsException.invalid("--limit " + limit + " is not between 1 and 1000");
        }
        Resources.LogQuery query = new Resources.LogQuery(Durations.parse("--since", since),
                level == null ? null : level.strip().toUpperCase(Locale.ROOT), event, workflow, grep, limit);
        List<Resources.LogEntry> entries = ops.logs(query);
        if (out.json() && !follow) {
            out.printJson(java.util.Map.of("entries", entries));
            return ExitCodes.OK;
        }
        if (entries.isEmpty() && !follow && !out.json()) {
            out.out().println("No log lines match (since " + since + ").");
        }
        entries.forEach(e -> print(out, e));
        out.out().flush();
        return follow ? follow(ops, query, out) : ExitCodes.OK;
    }

    /** Blocks until the thread is interrupted (Ctrl+C ends the JVM, which closes the stream too). */
    private int follow(Operations ops, Resources.LogQuery query, Output out) {
        CountDownLatch never = new CountDownLatch(1);
        try (Operations.Subscription ignored = ops.streamLogs(query, e -> print(out, e))) {
            never.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    private static void print(Output out, Resources.LogEntry e) {
        if (out.json()) {
            out.printJsonLine(e);
            return;
        }
        StringBuilder line = new StringBuilder(Formats.time(e.timestamp())).append("  ")
                .append(String.format(Locale.ROOT, "%-5s", TextTable.clean(e.level())));
        if (e.event() != null) {
            line.append("  ").append(TextTable.clean(e.event()));
        }
        if (e.workflowName() != null) {
            line.append("  [").append(TextTable.clean(e.workflowName())).append(']');
        }
        if (e.message() != null && !e.message().isEmpty()) {
            line.append("  ").append(TextTable.clean(e.message()));
        }
        synchronized (out.out()) {
            out.out().println(line);
            out.out().flush();
        }
    }
}
