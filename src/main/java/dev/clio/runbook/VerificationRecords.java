package dev.clio.runbook;

import dev.clio.ops.Operations;
import dev.clio.ops.Runbooks;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Puts a closed-loop verification's outcome in the run history (and so the audit log) next to the remediation it
 * checked: step {@code verify}, kind {@code verification}, verdict pass when recovered and fail when not, the
 * summary with the values before and after.
 */
public final class VerificationRecords {

    public static final String STEP = "verify";
    public static final String KIND = "verification";

    private VerificationRecords() {
    }

    /** The record {@link #record} stores; the server stamps id, time and operator. */
    public static Runbooks.RunRecord of(Runbook runbook, Verification.Result result, String target,
            String environment) {
        boolean recovered = result.outcome() == Verification.Outcome.RECOVERED;
        long ms = Duration.between(result.before().at(), result.after().at()).toMillis();
        return new Runbooks.RunRecord(null, result.after().at(), null, null, runbook.id(), STEP, KIND, "ok",
                recovered ? "pass" : "fail", result.summary(), Map.of("kpi", result.kpiId()), List.of(), null,
                target, environment, Digests.of(result.summary()), Math.max(0, ms));
    }

    /** Appends it; blocks on the Operations call. */
    public static Runbooks.RunRecord record(Operations ops, Runbook runbook, Verification.Result result,
            String target, String environment) {
        return ops.recordRunbookRun(of(runbook, result, target, environment));
    }
}
