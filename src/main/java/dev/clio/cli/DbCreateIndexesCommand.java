package dev.clio.cli;

import dev.clio.ops.Operation;
import dev.clio.ops.Operations;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "create-indexes", mixinStandardHelpOptions = true,
        description = "Create the recommended indexes that are missing (asks for confirmation; --yes for scripts).")
final class DbCreateIndexesCommand extends OpsCommand {

    @Mixin
    ConfirmOption confirm;

    @Override
    int run(Operations ops, Output out) {
        String dialect = ops.dbStatus().dialect();
        if (!remediation(ops, out, confirm).approved(Operation.DB_CREATE_INDEXES, List.of("create the missing "
                + "recommended indexes on executions and artifacts (" + dialect + "; existing ones are kept)"))) {
            return ExitCodes.PROBLEMS;
        }
        return Actions.print(ops.dbCreateIndexes(), out);
    }
}
