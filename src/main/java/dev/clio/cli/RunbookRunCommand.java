package dev.clio.cli;

import dev.clio.common.concurrent.Threads;
import dev.clio.kpi.KpiCatalog;
import dev.clio.ops.Durations;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.Runbooks.StepResult;
import dev.clio.runbook.CommandSteps;
import dev.clio.runbook.Confirmation;
import dev.clio.runbook.Runbook;
import dev.clio.runbook.RunbookRunner;
import dev.clio.runbook.RunbookStep;
import dev.clio.runbook.Verification;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code runbook run ID}: every investigation in order, or one step with {@code --step}. A remediation runs only
 * after the plan is shown and confirmed (--yes, or "yes" typed at a terminal; on production a dangerous step needs
 * the target name, typed or given with --confirm); otherwise it is reported as refused. Exit 1 when a step failed,
 * was refused or found a fail verdict.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a runbook's investigations, or one step (--step); remediations need a confirmation.")
final class RunbookRunCommand extends OpsCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "Runbook id, e.g. service-down.")
    String id;

    @Option(names = "--rerun", paramLabel = "RUN",
            description = "Run a recorded run's step again with its parameters (secret ones: give them with --param).")
    String rerun;

    @Option(names = "--step", paramLabel = "STEP", description = "Run only this step (a remediation needs --yes).")
    String step;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A runbook parameter (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--dry-run", description = "Preview a remediation where its call has a preview; changes nothing.")
    boolean dryRun;

    @Option(names = "--confirm", paramLabel = "TEXT",
            description = "The confirmation text: on production a dangerous step needs its target name.")
    String confirmText;

    @Option(names = "--verify", paramLabel = "DURATION",
            description = "After a remediation, watch the runbook's KPI this long (e.g. 5m) and say if it recovered.")
    String verify;

    @Option(names = "--incident", paramLabel = "ID",
            description = "Also record every step run (and a --verify result) in this incident's timeline.")
    String incident;

    @Mixin
    ConfirmOption confirm;

    @Override
    int run(Operations ops, Output out) {
        if (rerun != null) {
            var run = dev.clio.runbook.Reruns.find(ops.runbookRuns(1000), rerun);
            id = run.runbookId();
            step = run.stepId();
            askForSecrets(run);
            params = new LinkedHashMap<>(dev.clio.runbook.Reruns.params(run, params));
        } else if (id == null) {
            throw OpsException.invalid("name the runbook: runbook run ID (or --rerun RUN)");
        }
        Runbook runbook = RunbookShowCommand.find(RunbookCommand.catalog(options, ops), id);
        var ws = options.workspaceOrNull();
        RunbookRunner runner = new RunbookRunner(ops, ws == null ? Optional.empty()
                : Optional.of(new CommandSteps(ws.root(), System.getenv())), options.target(), Clock.systemUTC());
        if (incident != null) {
            incident = ops.incident(incident).id(); // an unknown id is an error before anything runs
            runner.recordingInto(() -> incident);
        }
        List<StepResult> results;
        if (step == null) {
            results = runner.runInvestigations(runbook, params);
        } else {
            RunbookStep s = runbook.step(step).orElse(null);
            Confirmation c = s != null && s.isRemediation() && !dryRun ? confirmation(ops, runner, runbook, s, out)
                    : null;
            results = List.of(runner.runStep(runbook, step, params, c, dryRun));
        }
        RunbookText.print(runbook, results, step != null, out);
        int code = results.stream().anyMatch(r -> !r.ok() && !r.status().equals("skipped")
                || r.verdict().equals("fail")) ? ExitCodes.PROBLEMS : ExitCodes.OK;
        if (verify != null && step != null && results.get(0).ok() && runbook.step(step).get().isRemediation()
                && !dryRun) {
            return Math.max(code, verify(ops, runbook, step, out));
        }
        return code;
    }

    /** At a terminal, asks (without echo) for each secret the recorded run kept no value of and --param lacks. */
    private void askForSecrets(dev.clio.ops.Runbooks.RunRecord run) {
        Confirmer confirmer = options.context().confirmer();
        if (!confirmer.interactive()) {
            return;
        }
        run.params().forEach((name, value) -> {
            if (dev.clio.security.Redactor.REDACTED.equals(value) && !params.containsKey(name)) {
                String typed = confirmer.askSecret("Value of the secret parameter " + name + ": ");
                if (typed != null) {
                    params.put(name, typed);
                }
            }
        });
    }

    /** Shows what will run where and asks; null when not confirmed (the runner then reports "refused"). */
    private Confirmation confirmation(Operations ops, RunbookRunner runner, Runbook runbook, RunbookStep s,
            Output out) {
        var err = out.err();
        Optional<String> refused = runner.refusalFor(s, ops.whoami());
        if (refused.isPresent()) {
            return null; // the runner reports the reason; asking first would be pointless
        }
        String environment = ops.info().environment();
        Map<String, String> resolved = dev.clio.runbook.ParamResolver.resolve(runbook, params);
        String name = RunbookRunner.targetName(runbook, s, resolved);
        err.println(runbook.id() + " / " + s.id() + " will run:");
        err.println("  operation:   " + dev.clio.runbook.StepPreview.describe(runbook, s, resolved));
        err.println("  parameters:  " + dev.clio.runbook.ParamResolver.redacted(runbook, resolved));
        err.println("  target:      " + options.target());
        err.println("  environment: " + environment);
        if (!s.effect().isEmpty()) {
            err.println("  effect:      " + s.effect());
        }
        boolean needsName = s.dangerous() && "production".equalsIgnoreCase(environment);
        if (confirmText != null) {
            return new Confirmation(ops.whoami().identity(), confirmText, options.target(), environment);
        }
        if (confirm.yes && !needsName) {
            return new Confirmation(ops.whoami().identity(), "--yes", options.target(), environment);
        }
        Confirmer confirmer = options.context().confirmer();
        if (!confirmer.interactive()) {
            return null;
        }
        err.flush();
        String answer = confirmer.ask(needsName ? "Type the target name '" + name + "' to continue: "
                : Remediation.PROMPT);
        if (answer == null || (!needsName && !answer.strip().equalsIgnoreCase("yes"))) {
            return null;
        }
        return new Confirmation(ops.whoami().identity(), answer.strip(), options.target(), environment);
    }

    private int verify(Operations ops, Runbook runbook, String stepId, Output out) {
        if (runbook.primaryKpi().isEmpty()) {
            out.err().println("verify: runbook " + runbook.id() + " names no KPI to watch");
            return ExitCodes.PROBLEMS;
        }
        var verification = new Verification(ops::kpiSnapshot, KpiCatalog.defaults(), Clock.systemUTC());
        var scheduler = Threads.scheduler("runbook-verify", 1);
        try {
            var result = verification.start(runbook.primaryKpi().get(), Durations.parse("--verify", verify),
                    Verification.DEFAULT_INTERVAL, scheduler).get();
            out.out().println("verification: " + result.summary());
            if (incident != null) {
                ops.recordIncidentEvent(incident, dev.clio.runbook.IncidentEntries.verification(runbook.id(), stepId,
                        result));
            }
            return result.outcome() == Verification.Outcome.RECOVERED ? ExitCodes.OK : ExitCodes.PROBLEMS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.PROBLEMS;
        } catch (ExecutionException e) {
            out.err().println("verify: " + oneLine(e.getCause().getMessage()));
            return ExitCodes.PROBLEMS;
        } finally {
            scheduler.shutdownNow();
        }
    }
}
