package dev.clio.cli;

import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.Runbooks.RunRecord;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code runbook history}: the shared run history, newest first (re-run one with {@code runbook run --rerun ID}). */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Runbook runs, newest first: who ran which step, when, with which verdict.")
final class RunbookHistoryCommand extends OpsCommand {

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "At most this many runs, 1 to 1000 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    int run(Operations ops, Output out) {
        if (limit < 1 || limit > 1000) {
            throw OpsException.invalid("--limit " + limit + " is not between 1 and 1000");
        }
        List<RunRecord> runs = ops.runbookRuns(limit);
        if (out.json()) {
            out.printJson(runs);
            return ExitCodes.OK;
        }
        TextTable t = new TextTable("id", "at", "operator", "runbook", "step", "status", "verdict", "summary");
        runs.forEach(r -> t.row(r.id().substring(0, Math.min(8, r.id().length())), Formats.time(r.at()),
                r.operator(), r.runbookId(), r.stepId(), r.status(), r.verdict(), r.summary()));
        t.print(out.out());
        return ExitCodes.OK;
    }
}
