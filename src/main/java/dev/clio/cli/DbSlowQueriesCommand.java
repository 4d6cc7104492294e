package dev.clio.cli;

import dev.clio.ops.Operations;
import picocli.CommandLine.Command;

@Command(name = "slow-queries", mixinStandardHelpOptions = true,
        description = "Slowest statements by mean time (pg_stat_statements).")
final class DbSlowQueriesCommand extends OpsCommand {

    @Override
    int run(Operations ops, Output out) {
        DbCommand.print(ops.dbSlowQueries(), out);
        return ExitCodes.OK;
    }
}
