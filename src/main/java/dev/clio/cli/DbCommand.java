package dev.clio.cli;

import dev.clio.ops.Resources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code db ...}: the "High Database Load" diagnosis and its remediations. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Database diagnostics (status, activity, slow queries, locks) and maintenance.",
        subcommands = {DbStatusCommand.class, DbActivityCommand.class, DbSlowQueriesCommand.class,
            DbLocksCommand.class, DbCreateIndexesCommand.class, DbVacuumCommand.class})
final class DbCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints a diagnostic table: its title, the rows, and the note that explains an empty or unsupported answer. */
    static void print(Resources.Table table, Output out) {
        if (out.json()) {
            out.printJson(table);
            return;
        }
        out.out().println(TextTable.clean(table.title()));
        if (!table.rows().isEmpty()) {
            out.out().println();
            TextTable text = new TextTable(table.columns());
            table.rows().forEach(text::row);
            text.print(out.out());
        }
        if (table.note() != null && !table.note().isBlank()) {
            out.out().println();
            out.out().println(TextTable.clean(table.note()));
        } else if (table.rows().isEmpty()) {
            out.out().println("(none)");
        }
    }
}
