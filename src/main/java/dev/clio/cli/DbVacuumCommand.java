package dev.clio.cli;

import dev.clio.ops.Operation;
import dev.clio.ops.Operations;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "vacuum", mixinStandardHelpOptions = true,
        description = "VACUUM and ANALYZE the database (asks for confirmation; --yes for scripts).")
final class DbVacuumCommand extends OpsCommand {

    @Mixin
    ConfirmOption confirm;

    @Override
    int run(Operations ops, Output out) {
        String dialect = ops.dbStatus().dialect();
        if (!remediation(ops, out, confirm).approved(Operation.DB_VACUUM,
                List.of("VACUUM and ANALYZE the " + dialect + " database (may briefly slow other queries)"))) {
            return ExitCodes.PROBLEMS;
        }
        return Actions.print(ops.dbVacuum(), out);
    }
}
