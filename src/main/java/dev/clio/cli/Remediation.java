package dev.clio.cli;

import dev.clio.ops.Operation;
import dev.clio.ops.Operations;
import java.io.PrintWriter;
import java.util.List;

/**
 * The confirmation every remediation passes before it runs: the plan (what will run, against which target and
 * environment) is printed on stderr, then the user types {@code yes} at the terminal, or {@code --yes} was given.
 * Without either (a script, a pipe) the remediation is refused rather than run silently.
 */
final class Remediation {

    static final String PROMPT = "Type 'yes' to continue: ";

    private final Operations ops;
    private final Output out;
    private final OpsOptions options;
    private final boolean yes;

    Remediation(Operations ops, Output out, OpsOptions options, boolean yes) {
        this.ops = ops;
        this.out = out;
        this.options = options;
        this.yes = yes;
    }

    /**
     * Shows the plan and asks; blocks until the user answers. On a refusal it prints why.
     *
     * @param plan what will run, one line each, in the user's terms
     * @return true when the remediation may run
     */
    boolean approved(Operation operation, List<String> plan) {
        if (!operation.isRemediation()) {
            return true;
        }
        PrintWriter err = out.err();
        err.println(operation.id() + " will run:");
        plan.forEach(line -> err.println("  " + line));
        err.println("  target:      " + options.target());
        err.println("  environment: " + ops.info().environment());
        if (yes) {
            return true;
        }
        Confirmer confirmer = options.context().confirmer();
        if (!confirmer.interactive()) {
            err.println("refused: " + operation.id() + " needs --yes or an interactive confirmation");
            return false;
        }
        err.flush();
        String answer = confirmer.ask(PROMPT);
        if (answer != null && answer.strip().equalsIgnoreCase("yes")) {
            return true;
        }
        err.println("refused: " + operation.id() + " was not confirmed; nothing was changed");
        return false;
    }
}
