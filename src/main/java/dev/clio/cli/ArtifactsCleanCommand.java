package dev.clio.cli;

import dev.clio.ops.Operation;
import dev.clio.ops.Operations;
import dev.clio.ops.Resources;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Cleans in two calls: a dry run to show exactly which files would go, then, once confirmed, the clean itself. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = "Remove *.tmp and empty files under artifacts/ (asks for confirmation; --dry-run only lists).")
final class ArtifactsCleanCommand extends OpsCommand {

    private static final int SHOWN = 20;

    @Option(names = "--dry-run", description = "Only list what would be removed (needs no confirmation).")
    boolean dryRun;

    @Mixin
    ConfirmOption confirm;

    @Override
    int run(Operations ops, Output out) {
        Resources.CleanResult preview = ops.cleanArtifacts(true);
        if (dryRun || preview.removed().isEmpty()) {
            return print(preview, out);
        }
        if (!remediation(ops, out, confirm).approved(Operation.ARTIFACTS_CLEAN, plan(preview))) {
            return ExitCodes.PROBLEMS;
        }
        return print(ops.cleanArtifacts(false), out);
    }

    private static List<String> plan(Resources.CleanResult preview) {
        List<String> plan = new ArrayList<>();
        plan.add("remove " + preview.removed().size() + " file(s), " + Formats.bytes(preview.bytesFreed()) + ":");
        preview.removed().stream().limit(SHOWN).forEach(p -> plan.add("  " + TextTable.clean(p)));
        if (preview.removed().size() > SHOWN) {
            plan.add("  … and " + (preview.removed().size() - SHOWN) + " more");
        }
        return plan;
    }

    private static int print(Resources.CleanResult result, Output out) {
        if (out.json()) {
            out.printJson(result);
        } else if (result.removed().isEmpty()) {
            out.out().println("Nothing to clean: no *.tmp or empty files under artifacts/");
        } else {
            String verb = result.dryRun() ? "Would remove" : "Removed";
            out.out().printf("%s %d file(s), %s:%n", verb, result.removed().size(), Formats.bytes(result.bytesFreed()));
            result.removed().forEach(p -> out.out().println("  " + TextTable.clean(p)));
        }
        return ExitCodes.OK;
    }
}
