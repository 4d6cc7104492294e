package dev.clio.cli;

import dev.clio.ops.Durations;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.Resources;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code audit}: who did what, when, with which result; newest first. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit records (remediations, key changes, denials), newest first.")
final class AuditCommand extends OpsCommand {

    @Option(names = "--since", paramLabel = "DURATION", defaultValue = "24h",
            description = "Only records newer than this, e.g. 1h, 7d (default: ${DEFAULT-VALUE}).")
    String since;

    @Option(names = "--actor", paramLabel = "ACTOR", description = "Only this actor, e.g. local:alice or key:clio_AbC.")
    String actor;

    @Option(names = "--action", paramLabel = "PREFIX", description = "Only actions starting with this, e.g. db.")
    String action;

    @Option(names = "--result", paramLabel = "RESULT", description = "Only this result: ok, error or refused.")
    String result;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "At most this many records, 1 to 1000 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    int run(Operations ops, Output out) {
        if (limit < 1 || limit > 1000) {
            throw OpsException.invalid("--limit " + limit + " is not between 1 and 1000");
        }
        String wanted = result == null ? null : result.strip().toLowerCase(Locale.ROOT);
        if (wanted != null && !List.of("ok", "error", "refused").contains(wanted)) {
            throw OpsException.invalid("--result '" + result + "' is not one of ok, error, refused");
        }
        Instant from = Instant.now().minus(Durations.parse("--since", since));
        List<Resources.AuditEntry> entries = ops.audit(new Resources.AuditQuery(from, actor, action, wanted, limit));
        if (out.json()) {
            out.printJson(Map.of("entries", entries));
        } else if (entries.isEmpty()) {
            out.out().println("No audit records since " + Formats.time(from) + " match.");
        } else {
            TextTable table = new TextTable("time", "actor", "role", "action", "result", "ms", "target", "message");
            entries.forEach(e -> table.row(Formats.time(e.timestamp()), e.actor(), e.role(), e.action(), e.result(),
                    e.durationMs(), e.target(), e.message()));
            table.print(out.out());
        }
        return ExitCodes.OK;
    }
}
