package dev.clio.ops.embedded;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.OpsJson;
import dev.clio.ops.Runbooks;
import dev.clio.runbook.CommandSteps;
import dev.clio.runbook.Confirmation;
import dev.clio.runbook.Runbook;
import dev.clio.runbook.RunbookCatalog;
import dev.clio.runbook.RunbookRunner;
import dev.clio.runbook.RunbookStep;
import dev.clio.security.AuditRecord;
import dev.clio.security.AuditResult;
import dev.clio.security.Caller;
import dev.clio.security.Redactor;
import dev.clio.store.RunbookRunRow;
import dev.clio.store.RunbookRunStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The runbook calls of the embedded engine: command steps resolved from this workspace's own catalog, and the run
 * history in the store (each run also appended to the audit log).
 */
final class RunbookCalls {

    private static final Set<String> STATUSES = Set.of("ok", "failed", "refused", "skipped");
    private static final Set<String> VERDICTS = Set.of("pass", "warn", "fail", "none");
    private static final int MAX_TEXT = 2000;

    private final EmbeddedEngine engine;
    private final Caller caller;

    RunbookCalls(EmbeddedEngine engine, Caller caller) {
        this.engine = engine;
        this.caller = caller;
    }

    /** Blocks while the program runs (at most the step's timeout). */
    Runbooks.StepResult command(Operations self, Runbooks.CommandRequest request) {
        if (request == null || blank(request.runbookId()) || blank(request.stepId())) {
            throw OpsException.invalid("name the runbook and the step: {\"runbook_id\": ..., \"step_id\": ...}");
        }
        RunbookCatalog catalog = RunbookCatalog.forWorkspace(engine.workspace().runbooks());
        Runbook runbook = catalog.snapshot().runbook(request.runbookId()).orElseThrow(() -> new OpsException(
                OpsException.Kind.NOT_FOUND, "no runbook '" + request.runbookId() + "' on this server"));
        RunbookStep step = runbook.step(request.stepId()).orElseThrow(() -> new OpsException(
                OpsException.Kind.NOT_FOUND, "runbook " + runbook.id() + " has no step '" + request.stepId() + "'"));
        if (step.kind() != RunbookStep.StepKind.COMMAND) {
            throw OpsException.invalid("step " + step.id() + " is not a command step; call its operation directly");
        }
        Confirmation confirmation = blank(request.confirmation()) ? null
                : new Confirmation(caller.identity(), request.confirmation(), "server",
                        engine.settings().environment().label());
        CommandSteps commands = new CommandSteps(engine.workspace().root(), System.getenv());
        return RunbookRunner.forServer(self, commands, Clock.systemUTC()).runStep(runbook, step.id(),
                request.params(), confirmation, false);
    }

    Runbooks.RunRecord record(Runbooks.RunRecord run) {
        check(run);
        Map<String, String> params = new LinkedHashMap<>();
        // the client redacted secrets already; redacting again keeps a careless client from storing them
        run.params().forEach((k, v) -> params.put(k, Redactor.isSecretName(k) || run.secretParams().contains(k)
                ? Redactor.REDACTED : Redactor.redactText(v)));
        Runbooks.RunRecord stored = new Runbooks.RunRecord(UUID.randomUUID().toString(), Instant.now(),
                caller.identity(), caller.role().label(), run.runbookId(), run.stepId(), run.kind(), run.status(),
                run.verdict(), cut(Redactor.redactText(run.summary())), params, run.secretParams(),
                cut(run.confirmation()), cut(run.target()), cut(run.environment()), run.digest(),
                Math.max(0, run.durationMs()));
        store().insert(row(stored));
        Map<String, Object> audited = new LinkedHashMap<>(params);
        audited.put("step", run.stepId());
        audited.put("verdict", run.verdict());
        audited.put("confirmation", stored.confirmation());
        audited.put("sha256", run.digest() == null ? null : run.digest().sha256());
        AuditResult result = switch (run.status()) {
            case "ok" -> AuditResult.OK;
            case "refused" -> AuditResult.REFUSED;
            default -> "failed".equals(run.status()) ? AuditResult.ERROR : AuditResult.OK;
        };
        engine.gate().audit().append(AuditRecord.of(stored.at(), caller, "runbooks.run", run.runbookId(), audited,
                result, stored.summary(), Duration.ofMillis(stored.durationMs()), null));
        return stored;
    }

    List<Runbooks.RunRecord> recent(int limit) {
        if (limit < 1 || limit > RunbookRunStore.MAX_LIMIT) {
            throw OpsException.invalid("limit must be 1 to " + RunbookRunStore.MAX_LIMIT + ", got " + limit);
        }
        return store().recent(limit).stream().map(RunbookCalls::record).toList();
    }

    private RunbookRunStore store() {
        return new RunbookRunStore(engine.database().dataSource(), engine.database().dialect());
    }

    private static void check(Runbooks.RunRecord run) {
        if (run == null || blank(run.runbookId()) || blank(run.stepId()) || blank(run.kind())) {
            throw OpsException.invalid("a run needs runbook_id, step_id and kind");
        }
        if (!STATUSES.contains(run.status())) {
            throw OpsException.invalid("status must be one of ok, failed, refused, skipped; got '" + run.status()
                    + "'");
        }
        if (!VERDICTS.contains(run.verdict())) {
            throw OpsException.invalid("verdict must be one of pass, warn, fail, none; got '" + run.verdict() + "'");
        }
    }

    private static RunbookRunRow row(Runbooks.RunRecord r) {
        return new RunbookRunRow(r.id(), r.at(), r.operator(), r.role(), r.runbookId(), r.stepId(), r.kind(),
                r.status(), r.verdict(), r.summary() == null ? "" : r.summary(), json(r.params()),
                json(r.secretParams()), r.confirmation(), r.target(), r.environment(),
                json(r.digest() == null ? Map.of() : r.digest()), r.durationMs());
    }

    private static Runbooks.RunRecord record(RunbookRunRow r) {
        try {
            var mapper = OpsJson.mapper();
            Map<String, String> params = mapper.readValue(r.paramsJson(), new TypeReference<>() { });
            List<String> secrets = mapper.readValue(r.secretParamsJson(), new TypeReference<>() { });
            var digestTree = mapper.readTree(r.digestJson());
            Runbooks.Digest digest = digestTree.isEmpty() ? null : mapper.treeToValue(digestTree, Runbooks.Digest.class);
            return new Runbooks.RunRecord(r.id(), r.at(), r.operator(), r.role(), r.runbookId(), r.stepId(),
                    r.kind(), r.status(), r.verdict(), r.summary(), params, secrets, r.confirmation(), r.target(),
                    r.environment(), digest, r.durationMs());
        } catch (JsonProcessingException e) {
            throw new OpsException(OpsException.Kind.INTERNAL, "run " + r.id() + " in the history is unreadable: "
                    + e.getOriginalMessage());
        }
    }

    private static String json(Object value) {
        try {
            return OpsJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String s) {
        return s == null || s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + "...";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
