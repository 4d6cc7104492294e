package dev.clio.cli;

import dev.clio.ops.Operations;
import picocli.CommandLine.Command;

@Command(name = "activity", mixinStandardHelpOptions = true,
        description = "Connections by state (pg_stat_activity; one connection for SQLite).")
final class DbActivityCommand extends OpsCommand {

    @Override
    int run(Operations ops, Output out) {
        DbCommand.print(ops.dbActivity(), out);
        return ExitCodes.OK;
    }
}
