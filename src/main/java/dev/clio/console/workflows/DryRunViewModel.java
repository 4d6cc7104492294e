package dev.clio.console.workflows;

import dev.clio.console.common.Background;
import dev.clio.console.common.SessionHolder;
import dev.clio.ops.Workflows;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The dry-run panel's state: the engine's plan for the saved file ({@code Operations.plan}), or why there is none. */
final class DryRunViewModel {

    private final ReadOnlyObjectWrapper<Workflows.Plan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final SessionHolder sessions;
    private final Executor io;
    private final Executor ui;

    DryRunViewModel(SessionHolder sessions, Executor io, Executor ui) {
        this.sessions = sessions;
        this.io = io;
        this.ui = ui;
    }

    // Properties

    ReadOnlyObjectProperty<Workflows.Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    // Commands

    /** Plans {@code target}; executes nothing. */
    void plan(WorkflowTarget target) {
        if (!target.present()) {
            problem.set(target.reasonOrNull());
            return;
        }
        var session = sessions.current();
        busy.set(true);
        problem.set("");
        var request = new Workflows.ExecuteRequest(target.fileOrNull(), true, null, null, null, Map.of());
        Background.call(() -> session.operations().plan(request)).onSuccess(p -> {
            busy.set(false);
            plan.set(p);
        }).onError(sentence -> {
            busy.set(false);
            plan.set(null);
            problem.set(sentence);
        }).runOn(io, ui);
    }

    /** "1,200 of 10,000 tokens (12 %)", "1,200 tokens, no budget" or "over budget: ...". */
    static String budgetText(Workflows.Plan p) {
        String used = String.format("%,d", p.estimatedTokens());
        if (p.budget() <= 0) {
            return "Estimated " + used + " tokens; no token budget set";
        }
        long percent = Math.round(100.0 * p.estimatedTokens() / p.budget());
        String text = "Estimated " + used + " of " + String.format("%,d", p.budget()) + " tokens (" + percent + " %)";
        return p.withinBudget() ? text : text + ": over the budget, the run would stop when it is spent";
    }
}
