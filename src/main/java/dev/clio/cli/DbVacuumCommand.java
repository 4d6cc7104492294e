package dev.clio.cli;

import dev.clio.ops.Operation;
import dev.clio.ops.Operations;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "vacuum", mixinStandardHelpOptions = true,
        description = "VACUUM ANALYZE the database (ANALYZE on SQLite) (asks for confirmation; --yes for scripts).")
final class DbVacuumCommand extends OpsCommand {

    @Mixin
    ConfirmOption confirm;

    @Override
    int run(Operations ops, Output out) {
        String dialect = ops.dbStatus().dialect();
        String what = "sqlite".equalsIgnoreCase(dialect)
                ? "ANALYZE the sqlite database (VACUUM is skipped: it needs every other connection idle)"
                : "VACUUM ANALYZE the " + dialect + " database (may briefly slow other queries)";
        if (!remediation(ops, out, confirm).approved(Operation.DB_VACUUM, List.of(what))) {
            return ExitCodes.PROBLEMS;
        }
        return Actions.print(ops.dbVacuum(), out);
    }
}
