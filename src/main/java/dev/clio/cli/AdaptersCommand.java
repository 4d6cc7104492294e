package dev.clio.cli;

import dev.clio.ops.AdapterState;
import dev.clio.ops.Operations;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code adapters}: the "Adapter Not Available" diagnosis, embedded or against a server. */
@Command(name = "adapters", mixinStandardHelpOptions = true,
        description = {"List the adapters: type, whether they can run here and why not, the wrapped tool's version, "
            + "and the token estimate of an empty step.",
            "AI adapters read the anthropic_*/openai_* settings and ai_provider (CLI_ORCHESTRATOR_* variables over "
                + "config/orchestrator.yaml), or ANTHROPIC_API_KEY / OPENAI_API_KEY."})
final class AdaptersCommand extends OpsCommand {

    /** The first call probes each installed tool once ({@code tool --version}); a second or two on a cold start. */
    @Override
    int run(Operations ops, Output out) {
        List<AdapterState> states = ops.adapters();
        if (out.json()) {
            out.printJson(states);
            return ExitCodes.OK;
        }
        TextTable table = new TextTable("name", "type", "available", "version", "est. tokens", "reason");
        for (AdapterState s : states) {
            table.row(s.name(), s.type(), s.available() ? "yes" : "no", s.version() == null ? "-" : s.version(),
                    s.estimatedTokens(), s.available() ? "" : s.reason());
        }
        table.print(out.out());
        long available = states.stream().filter(AdapterState::available).count();
        out.out().println();
        out.out().println(available + " of " + states.size() + " adapters available");
        return ExitCodes.OK;
    }
}
