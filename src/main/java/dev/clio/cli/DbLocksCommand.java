package dev.clio.cli;

import dev.clio.ops.Operations;
import picocli.CommandLine.Command;

@Command(name = "locks", mixinStandardHelpOptions = true,
        description = "Blocked and blocking sessions (lock contention).")
final class DbLocksCommand extends OpsCommand {

    @Override
    int run(Operations ops, Output out) {
        DbCommand.print(ops.dbLocks(), out);
        return ExitCodes.OK;
    }
}
