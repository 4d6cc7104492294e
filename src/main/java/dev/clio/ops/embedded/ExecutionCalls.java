package dev.clio.ops.embedded;

import dev.clio.engine.run.Execution;
import dev.clio.engine.run.ExecutionStatus;
import dev.clio.engine.run.RunOptions;
import dev.clio.engine.run.RunSettings;
import dev.clio.engine.workflow.Diagnostic;
import dev.clio.engine.workflow.ValidationResult;
import dev.clio.engine.workflow.Workflow;
import dev.clio.ops.OpsException;
import dev.clio.ops.Workflows;
import dev.clio.security.Caller;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Starting, following, cancelling and resuming executions with the engine's one runner. */
final class ExecutionCalls {

    static final String HEALTH_CHECK = "HEALTH_CHECK.yaml";
    private static final Duration CANCEL_WAIT = Duration.ofSeconds(5);

    private final EmbeddedEngine engine;
    private final WorkflowCatalog catalog;
    private final ExecutionViews views;

    ExecutionCalls(EmbeddedEngine engine, WorkflowCatalog catalog) {
        this.engine = engine;
        this.catalog = catalog;
        this.views = new ExecutionViews(engine.store(), engine.live());
    }

    /** Validates and starts; returns at once with the execution running (or, for a dry run, finished). */
    Workflows.Execution execute(Workflows.ExecuteRequest request, Caller caller) {
        Path file = catalog.resolve(request.workflowFile());
        Workflow workflow = valid(file);
        String relative = catalog.relative(file);
        Execution execution;
        try {
            execution = engine.runner().start(workflow, options(request, relative, caller).build());
        } catch (IllegalArgumentException e) {
            throw OpsException.invalid(relative + ": " + e.getMessage());
        }
        LiveExecutions.Live live = new LiveExecutions.Live(execution, relative, caller.identity(),
                engine.clock().instant());
        engine.live().add(live);
        return views.live(live, engine.store().execution(execution.id()).orElse(null), List.of());
    }

    Workflows.Plan plan(Workflows.ExecuteRequest request, Caller caller) {
        Path file = catalog.resolve(request.workflowFile());
        Workflow workflow = valid(file);
        try {
            return ExecutionViews.plan(engine.runner().plan(workflow, options(request, catalog.relative(file), caller)
                    .dryRun(true).build()));
        } catch (IllegalArgumentException e) {
            throw OpsException.invalid(catalog.relative(file) + ": " + e.getMessage());
        }
    }

    Workflows.Execution execution(String id) {
        return views.view(checkId(id));
    }

    List<Workflows.Execution> history(int limit) {
        int n = limit < 1 ? 20 : Math.min(limit, 1000);
        return engine.store().recentExecutions(n).stream().map(views::row).toList();
    }

    /** Stops a running or paused execution and waits up to five seconds for its steps to stop. */
    Workflows.Execution cancel(String id, Caller caller) {
        LiveExecutions.Live live = running(checkId(id), "cancelled");
        live.execution().cancel("cancelled by " + caller.identity());
        try {
            live.execution().await(CANCEL_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return views.view(id);
    }

    Workflows.Execution resume(String id) {
        LiveExecutions.Live live = running(checkId(id), "resumed");
        if (live.execution().status() != ExecutionStatus.PAUSED) {
            throw conflict("execution " + id + " is " + live.execution().status().label() + ", not paused; only a"
                    + " paused execution can be resumed");
        }
        try {
            live.execution().resume();
        } catch (IllegalStateException e) {
            throw conflict(e.getMessage());
        }
        return views.view(id);
    }

    /** {@code HEALTH_CHECK.yaml} verified and planned; unhealthy when missing or invalid, degraded when a tool is. */
    Workflows.HealthCheck healthCheck(Caller caller) {
        Workflows.Verification verification;
        try {
            verification = catalog.verify(HEALTH_CHECK);
        } catch (OpsException e) {
            if (e.kind() != OpsException.Kind.NOT_FOUND) {
                throw e;
            }
            return new Workflows.HealthCheck(HealthChecks.UNHEALTHY, new Workflows.Verification(".ai/workflows/"
                    + HEALTH_CHECK, false, List.of()), null);
        }
        if (!verification.valid()) {
            return new Workflows.HealthCheck(HealthChecks.UNHEALTHY, verification, null);
        }
        Workflows.Plan plan = plan(new Workflows.ExecuteRequest(HEALTH_CHECK, true, null, null, null, null), caller);
        boolean ready = plan.withinBudget() && plan.steps().stream().allMatch(Workflows.PlannedStep::available);
        return new Workflows.HealthCheck(ready ? HealthChecks.HEALTHY : HealthChecks.DEGRADED, verification, plan);
    }

    private LiveExecutions.Live running(String id, String verb) {
        return engine.live().get(id).filter(l -> !l.execution().status().isFinal()).orElseThrow(() -> {
            var record = engine.store().execution(id);
            if (record.isEmpty()) {
                return OpsException.notFound("no execution " + id + "; list recent ones with history");
            }
            String status = record.get().status();
            return conflict("execution " + id + " is " + status + " and cannot be " + verb
                    + ("running".equals(status) || "paused".equals(status) ? " here: another process runs it" : ""));
        });
    }

    private Workflow valid(Path file) {
        ValidationResult result = catalog.validateFile(file);
        if (result.hasErrors() || result.workflow().isEmpty()) {
            String first = result.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR)
                    .findFirst().map(Diagnostic::toLine).orElse("it could not be read");
            throw OpsException.invalid(catalog.relative(file) + " is not valid (" + result.count(
                    Diagnostic.Severity.ERROR) + " errors; run verify for all of them): " + first);
        }
        return result.workflow().get();
    }

    private RunOptions.Builder options(Workflows.ExecuteRequest request, String file, Caller caller) {
        if (request.maxTokens() != null && request.maxTokens() < 0) {
            throw OpsException.invalid("max_tokens: must be 0 (no limit) or more, got " + request.maxTokens());
        }
        Map<String, Object> inputs = new LinkedHashMap<>(request.inputs());
        if (request.files() != null && !request.files().isBlank()) {
            inputs.put("files", request.files());
        }
        if (request.lane() != null && !request.lane().isBlank()) {
            inputs.put("lane", request.lane());
        }
        var settings = engine.settings();
        return RunOptions.builder(engine.workspace()).workflowFile(file).inputs(inputs).maxTokens(request.maxTokens())
                .dryRun(request.dryRun()).userId(caller.identity()).store(engine.store())
                .listener(engine.logListener()).listener(engine.runMetrics())
                .settings(RunSettings.defaults().withMaxTokensDefault(settings.maxTokensDefault())
                        .withCache(settings.cacheEnabled(), settings.cacheTtl()));
    }

    private static String checkId(String id) {
        if (id == null || !id.matches("exec_[0-9a-zA-Z_-]{1,64}")) {
            throw OpsException.notFound("no execution '" + (id == null ? "" : id.replaceAll("\\p{Cntrl}", "?"))
                    + "'; execution ids look like exec_0123456789ab");
        }
        return id;
    }

    private static OpsException conflict(String message) {
        return new OpsException(OpsException.Kind.CONFLICT, message);
    }
}
