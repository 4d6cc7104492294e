package dev.clio.console.runbooks;

import dev.clio.console.common.Background;
import dev.clio.console.common.ConfirmationRequest;
import dev.clio.ops.OpsException;
import dev.clio.ops.Runbooks.StepResult;
import dev.clio.runbook.Confirmation;
import dev.clio.runbook.ParamResolver;
import dev.clio.runbook.ParamValues;
import dev.clio.runbook.Runbook;
import dev.clio.runbook.RunbookParam;
import dev.clio.runbook.RunbookRunner;
import dev.clio.runbook.RunbookStep.StepKind;
import dev.clio.runbook.StepInvoker;
import dev.clio.runbook.Verification;
import dev.clio.runbook.VerificationRecords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * One open runbook: its parameter values (checked as typed), a state per step (the exact call, why it cannot run,
 * its last result), the step the verdicts point to, and the runs themselves, off the UI thread. No controls.
 */
final class PanelModel {

    static final String MASK = "••••••";

    private final Runbook runbook;
    private final Executor io;
    private final Executor ui;
    private final Runnable ran;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ObservableList<StepState> steps = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper suggested = new ReadOnlyStringWrapper(this, "suggested");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private RunTarget target;

    /** @param ran told after every run (on the UI thread): the view model refreshes the history */
    PanelModel(Runbook runbook, RunTarget target, Executor io, Executor ui, Runnable ran) {
        this.runbook = runbook;
        this.target = target;
        this.io = io;
        this.ui = ui;
        this.ran = ran;
        runbook.params().values().forEach(p -> values.put(p.name(), p.defaultValue() == null ? "" : p.defaultValue()));
        runbook.params().keySet().forEach(this::check);
        steps.setAll(runbook.steps().stream().map(s -> StepStates.of(runbook, s, given(), problems, target, null, false)).toList());
    }

    Runbook runbook() {
        return runbook;
    }

    ObservableList<StepState> steps() {
        return steps;
    }

    /** Parameter name → why its value is not accepted; absent when it is. */
    ObservableMap<String, String> problems() {
        return problems;
    }

    String value(String param) {
        return values.getOrDefault(param, "");
    }

    ReadOnlyStringProperty suggestedProperty() {
        return suggested.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    Optional<StepState> step(String id) {
        return steps.stream().filter(s -> s.step().id().equals(id)).findFirst();
    }

    /**
     * The values given to the runner: empty texts and rejected values are left out, so a step that does not use a
     * rejected parameter still runs (one that does is not runnable: see {@link #state}).
     */
    Map<String, String> given() {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (!v.isEmpty() && !problems.containsKey(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    // Commands

    void setTarget(RunTarget next) {
        target = next;
        restate();
    }

    void setValue(String param, String text) {
        if (!runbook.params().containsKey(param)) {
            return;
        }
        values.put(param, text == null ? "" : text);
        check(param);
        restate();
    }

    /** Runs a read-only step now; remediations go through {@link #runRemediation} after a confirmation. */
    void run(String stepId) {
        StepState s = step(stepId).orElse(null);
        if (s == null || !s.runnable() || s.step().isRemediation()) {
            return;
        }
        start(stepId, runner -> runner.runStep(runbook, stepId, given(), null, false), () -> { });
    }

    /** Runs every investigation in order, one after another, each result shown as it arrives. */
    void runAllInvestigations(Runnable done) {
        List<String> ids = new ArrayList<>(steps.stream().filter(s -> !s.step().isRemediation()
                && s.step().kind() != StepKind.MANUAL && s.runnable()).map(s -> s.step().id()).toList());
        suggested.set(null);
        next(ids, done);
    }

    private void next(List<String> ids, Runnable done) {
        if (ids.isEmpty()) {
            done.run();
            return;
        }
        String id = ids.remove(0);
        start(id, runner -> runner.runStep(runbook, id, given(), null, false), () -> next(ids, done));
    }

    /** What the confirmation shows: the operation, its target and, on production for a dangerous step, a challenge. */
    ConfirmationRequest confirmation(String stepId) {
        StepState s = step(stepId).orElseThrow();
        String name = RunbookRunner.targetName(runbook, s.step(), resolvedOrDefaults());
        var session = target.session();
        String challenge = s.step().dangerous() && session.production() ? name : null;
        return new ConfirmationRequest(s.call(), List.of(name), session.target(), session.environment(), challenge);
    }

    /** Runs a confirmed remediation; {@code typed} is what the operator typed (the target name on production). */
    void runRemediation(String stepId, String typed, Runnable done) {
        var session = target.session();
        String text = typed == null || typed.isBlank() ? "confirmed in the console" : typed.strip();
        Confirmation c = new Confirmation(target.operator(), text, session.target(), session.environment());
        start(stepId, runner -> runner.runStep(runbook, stepId, given(), c, false), done);
    }

    void dryRun(String stepId) {
        start(stepId, runner -> runner.runStep(runbook, stepId, given(), null, true), () -> { });
    }

    /** Puts a verification's outcome in the run history (off the UI thread). */
    void recordVerification(Verification.Result result, Consumer<String> onProblem) {
        RunTarget t = target;
        Background.call(() -> VerificationRecords.record(t.session().operations(), runbook, result,
                t.session().target(), t.session().environment())).onSuccess(r -> ran.run()).onError(onProblem)
                .runOn(io, ui);
    }

    boolean hasPreview(String stepId) {
        return step(stepId).map(s -> s.step().call() != null && StepInvoker.hasPreview(s.step())).orElse(false);
    }

    private void start(String stepId, java.util.function.Function<RunbookRunner, StepResult> call, Runnable then) {
        RunbookRunner runner = target.runner();
        replace(stepId, s -> s.running(true));
        message.set("Running " + stepId + "…");
        Background.call(() -> call.apply(runner)).onSuccess(result -> {
            replace(stepId, s -> s.withResult(result));
            mark(result);
            message.set("");
            ran.run();
            then.run();
        }).onError(problem -> {
            replace(stepId, s -> s.running(false));
            message.set(stepId + ": " + problem);
            then.run();
        }).runOn(io, ui);
    }

    /** A fail or warn pointing at a step marks it; a pass's plain "next" marks only when nothing else is marked. */
    private void mark(StepResult result) {
        String next = result.next();
        boolean local = next != null && !next.startsWith("runbook:");
        boolean bad = "fail".equals(result.verdict()) || "warn".equals(result.verdict());
        if (local && (bad || suggested.get() == null)) {
            suggested.set(next);
        }
        steps.replaceAll(s -> s.suggested(s.step().id().equals(suggested.get())));
    }

    private void replace(String stepId, java.util.function.UnaryOperator<StepState> change) {
        steps.replaceAll(s -> s.step().id().equals(stepId) ? change.apply(s) : s);
    }

    private void restate() {
        List<StepState> next = new ArrayList<>();
        for (StepState s : steps) {
            next.add(StepStates.of(runbook, s.step(), given(), problems, target, s.resultOrNull(), s.running())
                    .suggested(s.suggested()));
        }
        steps.setAll(next);
    }

    private void check(String name) {
        RunbookParam p = runbook.params().get(name);
        String v = values.get(name);
        Optional<String> problem = v.isEmpty() ? (p.defaultValue() == null ? Optional.of("needs a value")
                : Optional.empty()) : ParamValues.check(p, v).map(m -> p.secret() ? m.replace(v, MASK) : m);
        problem.ifPresentOrElse(m -> problems.put(name, m), () -> problems.remove(name));
    }

    private Map<String, String> resolvedOrDefaults() {
        try {
            return ParamResolver.resolve(runbook, given());
        } catch (OpsException e) {
            return Map.of();
        }
    }


}
