package dev.clio.cli;

import dev.clio.ops.Metrics;
import dev.clio.ops.Operations;
import picocli.CommandLine.Command;

/** {@code tokens}: the "Token Budget Exceeded" diagnosis: today's usage, budget, burn rate, top workflows. */
@Command(name = "tokens", mixinStandardHelpOptions = true,
        description = "Token usage today against the budget, burn rate, projected exhaustion, usage by workflow.")
final class TokensCommand extends OpsCommand {

    @Override
    int run(Operations ops, Output out) {
        Metrics.TokenUsage t = ops.tokenUsage();
        if (out.json()) {
            out.printJson(t);
            return ExitCodes.OK;
        }
        String used = t.budget() > 0 ? " (" + Formats.ratio((double) t.dailyUsage() / t.budget()) + " of budget)" : "";
        new TextBlock().add("Used today", t.dailyUsage() + used).add("Budget", t.budget())
                .add("Remaining", t.remaining()).add("Burn rate", Formats.decimal(t.burnRatePerHour()) + " tokens/h")
                .add("Exhausted at", t.projectedExhaustion() == null ? "not at this rate"
                        : Formats.time(t.projectedExhaustion()))
                .print(out.out());
        TextTable table = TextTable.counts("workflow", "tokens", t.byWorkflow());
        if (!table.isEmpty()) {
            out.out().println();
            table.print(out.out());
        }
        return ExitCodes.OK;
    }
}
