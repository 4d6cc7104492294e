package dev.clio.cli;

import dev.clio.ops.Resources;

/** Prints the result of a remediation; exit code 1 when it did not succeed. */
final class Actions {

    private Actions() {
    }

    static int print(Resources.ActionResult result, Output out) {
        if (out.json()) {
            out.printJson(result);
        } else {
            out.out().println((result.ok() ? "ok: " : "failed: ") + result.action() + ": "
                    + TextTable.clean(result.message()));
        }
        return result.ok() ? ExitCodes.OK : ExitCodes.PROBLEMS;
    }
}
