package dev.clio.runbook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.ops.Health;
import dev.clio.ops.Operation;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.OpsJson;
import dev.clio.ops.Runbooks;
import dev.clio.ops.Runbooks.Display;
import dev.clio.ops.Runbooks.StepResult;
import dev.clio.runbook.RunbookStep.StepKind;
import dev.clio.runbook.VerdictRule.Verdict;
import dev.clio.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs runbook steps over one {@link Operations} (embedded or remote, identically) and records every run in the
 * history and audit log ({@link Operations#recordRunbookRun}). End states of a step: ok (it ran; the verdict says
 * what it found), failed (the call failed or reported failure), refused (a remediation without a sufficient
 * confirmation or for a role that may not run it: nothing ran), skipped (a manual step, or a remediation during "run
 * all investigations"). Blocking; call it off the UI thread.
 */
public final class RunbookRunner {

    private final Operations ops;
    private final Optional<CommandSteps> localCommands;
    private final String target;
    private final Clock clock;
    private final boolean recording;

    /**
     * @param localCommands runs command steps in this process (embedded mode); empty sends them to the server
     *     ({@link Operations#runbookCommand}), which resolves them from its own catalog
     * @param target the connection label recorded with each run: {@code embedded:<workspace>} or the server URL
     */
    public RunbookRunner(Operations ops, Optional<CommandSteps> localCommands, String target, Clock clock) {
        this(ops, localCommands, target, clock, true);
    }

    private RunbookRunner(Operations ops, Optional<CommandSteps> localCommands, String target, Clock clock,
            boolean recording) {
        this.ops = ops;
        this.localCommands = localCommands;
        this.target = target;
        this.clock = clock;
        this.recording = recording;
    }

    /**
     * The server's side of {@link Operations#runbookCommand}: runs command steps of its own catalog locally and
     * records nothing (the calling client records the run; the server audits the call).
     */
    public static RunbookRunner forServer(Operations ops, CommandSteps commands, Clock clock) {
        return new RunbookRunner(ops, Optional.of(commands), "server", clock, false);
    }

    /** Runs every investigation (and read-only command) in order; remediations and manual steps are skipped. */
    public List<StepResult> runInvestigations(Runbook runbook, Map<String, String> given) {
        Map<String, String> params = ParamResolver.resolve(runbook, given);
        List<StepResult> out = new ArrayList<>();
        for (RunbookStep step : runbook.steps()) {
            if (step.kind() == StepKind.MANUAL || step.isRemediation()) {
                out.add(skipped(runbook, step, params, step.kind() == StepKind.MANUAL ? step.instructions()
                        : "a remediation: run it on its own (--step " + step.id() + ") with a confirmation"));
            } else {
                out.add(run(runbook, step, params, null, false));
            }
        }
        return out;
    }

    /**
     * Runs one step. A remediation runs only with a sufficient confirmation and a role that allows it; a dry run
     * previews it instead (where the call has a preview) and needs no confirmation.
     *
     * @throws OpsException INVALID_REQUEST for an unknown step or a bad parameter value (nothing ran)
     */
    public StepResult runStep(Runbook runbook, String stepId, Map<String, String> given, Confirmation confirmation,
            boolean dryRun) {
        RunbookStep step = runbook.step(stepId).orElseThrow(() -> OpsException.invalid("runbook " + runbook.id()
                + " has no step '" + stepId + "'; its steps: " + String.join(", ",
                        runbook.steps().stream().map(RunbookStep::id).toList())));
        Map<String, String> params = ParamResolver.resolve(runbook, given);
        if (step.kind() == StepKind.MANUAL) {
            return skipped(runbook, step, params, step.instructions());
        }
        return run(runbook, step, params, confirmation, dryRun);
    }

    /** Why this caller may not run the remediation at all (shown disabled in the console), or empty. */
    public Optional<String> refusalFor(RunbookStep step, Health.Identity who) {
        Role needed = requiredRole(step);
        if (!step.isRemediation() || who.allows(needed)) {
            return Optional.empty();
        }
        return Optional.of(who.identity() + " is a " + (who.role() == null ? "caller without a role"
                : who.role().label()) + "; running " + step.id() + " needs the " + needed.label() + " role");
    }

    private Role requiredRole(RunbookStep step) {
        if (step.kind() == StepKind.COMMAND) {
            return localCommands.isPresent() ? Role.OPERATOR : Role.ADMIN;
        }
        Operation.Access access = Calls.byId(step.call()).map(c -> c.operation().access())
                .orElse(Operation.Access.ADMIN);
        return switch (access) {
            case PUBLIC, READ -> Role.VIEWER;
            case OPERATE -> Role.OPERATOR;
            case ADMIN -> Role.ADMIN;
        };
    }

    private StepResult run(Runbook runbook, RunbookStep step, Map<String, String> params, Confirmation confirmation,
            boolean dryRun) {
        Instant started = clock.instant();
        boolean preview = dryRun && step.isRemediation();
        if (step.isRemediation() && !preview) {
            Optional<String> refused = refusal(runbook, step, params, confirmation);
            if (refused.isPresent()) {
                return record(runbook, step, params, confirmation, result(runbook, step, params, "refused",
                        Verdict.NONE, refused.get(), null, operation(step), Display.none(), "", started));
            }
        }
        try {
            if (step.kind() == StepKind.COMMAND && localCommands.isEmpty()) {
                return record(runbook, step, params, confirmation, remoteCommand(runbook, step, params,
                        confirmation, started));
            }
            Outcome o = step.kind() == StepKind.COMMAND ? command(runbook, step, params)
                    : call(runbook, step, params, preview);
            Verdicts.Decision d = Verdicts.decide(step, o.json());
            String status = o.failed() ? "failed" : "ok";
            String summary = d.summary().isEmpty() ? o.defaultSummary() : d.summary();
            return record(runbook, step, params, confirmation, result(runbook, step, params, status, d.verdict(),
                    (preview ? "dry run: " : "") + summary, d.next(), o.operation(), o.display(), o.text(),
                    started));
        } catch (OpsException e) {
            // not allowed, or a value the call refused before doing anything: nothing ran
            String status = e.kind() == OpsException.Kind.FORBIDDEN || e.kind() == OpsException.Kind.INVALID_REQUEST
                    ? "refused" : "failed";
            return record(runbook, step, params, confirmation, result(runbook, step, params, status, Verdict.NONE,
                    e.getMessage(), null, operation(step), Display.none(), "", started));
        }
    }

    private Optional<String> refusal(Runbook runbook, RunbookStep step, Map<String, String> params,
            Confirmation confirmation) {
        Optional<String> role = refusalFor(step, ops.whoami());
        if (role.isPresent()) {
            return role;
        }
        if (confirmation == null) {
            return Optional.of("not confirmed: " + step.id() + " is a remediation (" + operation(step)
                    + "); confirm it (--yes or at the prompt) to run it");
        }
        String name = targetName(runbook, step, params);
        if (!confirmation.sufficientFor(step, name)) {
            return Optional.of("not confirmed: " + step.id() + " is dangerous on production; type the target name '"
                    + name + "' to confirm it");
        }
        return Optional.empty();
    }

    /** The name an operator types to confirm a dangerous step on production: its target, else the runbook id. */
    public static String targetName(Runbook runbook, RunbookStep step, Map<String, String> params) {
        for (String arg : List.of("container", "workflow", "execution", "key")) {
            String raw = step.with().get(arg);
            if (raw != null) {
                return ParamResolver.substitute(runbook, raw, params);
            }
        }
        return runbook.id();
    }

    /** What one call or command produced, before the verdict. */
    private record Outcome(String operation, JsonNode json, Display display, String text, boolean failed,
            String defaultSummary) {
    }

    private Outcome call(Runbook runbook, RunbookStep step, Map<String, String> params, boolean preview) {
        StepInvoker.Invocation inv = StepInvoker.invoke(ops, runbook, step, params, preview);
        boolean failed = inv.json().path("ok").isBoolean() && !inv.json().path("ok").booleanValue();
        String summary = inv.json().path("message").isTextual() ? inv.json().path("message").asText()
                : inv.operation() + " answered";
        return new Outcome(inv.operation(), inv.json(), inv.display(), inv.text(), failed, summary);
    }

    /** The server runs it from its own catalog and decides the verdict; only names and values travel. */
    private StepResult remoteCommand(Runbook runbook, RunbookStep step, Map<String, String> params, Confirmation c,
            Instant started) {
        StepResult r = ops.runbookCommand(new Runbooks.CommandRequest(runbook.id(), step.id(), params,
                c == null ? null : c.text()));
        return new StepResult(r.runbookId(), r.stepId(), r.kind(), r.status(), r.verdict(), r.summary(), r.next(),
                r.operation(), r.display(), r.digest(), Duration.between(started, clock.instant()).toMillis(),
                ParamResolver.redacted(runbook, params));
    }

    private Outcome command(Runbook runbook, RunbookStep step, Map<String, String> params) {
        CommandOutput out = localCommands.get().run(runbook, step, params);
        JsonNode json = OpsJson.mapper().valueToTree(out);
        String text = out.stdout() + (out.stderr().isEmpty() ? "" : "\n" + out.stderr());
        String summary = out.timedOut() ? "timed out after " + step.command().timeout().toSeconds()
                + " s; the process tree was killed" : "exit code " + out.exitCode() + (out.truncated()
                        ? "; output cut at " + step.command().outputLimitBytes() + " bytes" : "");
        return new Outcome(Operation.RUNBOOKS_COMMAND.id(), json, Display.text(text), text,
                out.timedOut() || out.exitCode() != 0, summary);
    }

    private StepResult result(Runbook runbook, RunbookStep step, Map<String, String> params, String status,
            Verdict verdict, String summary, String next, String operation, Display display, String text,
            Instant started) {
        long ms = Duration.between(started, clock.instant()).toMillis();
        return new StepResult(runbook.id(), step.id(), step.kind().label(), status, verdict.label(), summary, next,
                operation, display, Digests.of(text), ms, ParamResolver.redacted(runbook, params));
    }

    private StepResult skipped(Runbook runbook, RunbookStep step, Map<String, String> params, String why) {
        return new StepResult(runbook.id(), step.id(), step.kind().label(), "skipped", Verdict.NONE.label(), why,
                step.next(), operation(step), Display.none(), Digests.of(""), 0,
                ParamResolver.redacted(runbook, params));
    }

    private static String operation(RunbookStep step) {
        return step.kind() == StepKind.COMMAND ? Operation.RUNBOOKS_COMMAND.id() : step.call();
    }

    /** Appends the run to the history and audit log; a failure to record is said in the summary, not thrown. */
    private StepResult record(Runbook runbook, RunbookStep step, Map<String, String> params, Confirmation c,
            StepResult r) {
        if (!recording) {
            return r;
        }
        var run = new Runbooks.RunRecord(null, clock.instant(), null, null, r.runbookId(), r.stepId(), r.kind(),
                r.status(), r.verdict(), r.summary(), r.params(), ParamResolver.secretNames(runbook),
                c == null ? null : c.text(), c == null ? target : c.target(), c == null ? null : c.environment(),
                r.digest(), r.durationMs());
        try {
            ops.recordRunbookRun(run);
            return r;
        } catch (OpsException e) {
            return new StepResult(r.runbookId(), r.stepId(), r.kind(), r.status(), r.verdict(), r.summary()
                    + " (not recorded in the run history: " + e.getMessage() + ")", r.next(), r.operation(),
                    r.display(), r.digest(), r.durationMs(), r.params());
        }
    }
}
