package dev.clio.cli;

import dev.clio.ops.Operations;
import dev.clio.ops.Resources;
import picocli.CommandLine.Command;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Dialect, reachability, version and latency; exit code 1 when unreachable.")
final class DbStatusCommand extends OpsCommand {

    @Override
    int run(Operations ops, Output out) {
        Resources.DbStatus s = ops.dbStatus();
        if (out.json()) {
            out.printJson(s);
        } else {
            new TextBlock().add("Status", s.reachable() ? "reachable" : "unreachable").add("Dialect", s.dialect())
                    .add("Version", s.version()).add("Latency", Formats.millis(s.latencyMs()))
                    .add("Message", s.message()).print(out.out());
        }
        return s.reachable() ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }
}
