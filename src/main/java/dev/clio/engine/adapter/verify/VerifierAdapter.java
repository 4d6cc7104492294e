package dev.clio.engine.adapter.verify;

import dev.clio.engine.adapter.Adapter;
import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.adapter.AdapterSpec;
import dev.clio.engine.adapter.BuiltinAdapterSpecs;
import dev.clio.engine.adapter.StepContext;
import dev.clio.engine.adapter.StepRequest;
import dev.clio.engine.adapter.builtin.Artifacts;
import dev.clio.engine.adapter.builtin.Params;
import dev.clio.engine.adapter.process.ProcessRunner;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks quality gates listed in {@code with.checks} and {@code with.gates}; fails unless every gate passes. With no
 * gates but {@code with.artifact}, it validates that artifact (against {@code with.schema} when given). With nothing to
 * check it fails rather than pass silently.
 */
public final class VerifierAdapter implements Adapter {

    private static final AdapterSpec SPEC = BuiltinAdapterSpecs.get("verifier");

    private final Map<String, Gate> gates;

    public VerifierAdapter() {
        this.gates = Map.of("tests_pass", new TestsPassGate(), "diff_limits", new DiffLimitsGate(),
                "schema_valid", new SchemaValidGate(new SchemaCache()), "token_budget", new TokenBudgetGate());
    }

    @Override
    public AdapterSpec spec() {
        return SPEC;
    }



    /** Blocks while gates read files and, for diff_limits without a file, run {@code git diff}. */
    @Override
    public AdapterResult execute(StepRequest request, StepContext context) throws InterruptedException {
        try {
            Params with = new Params(request.with());
            List<GateSpec> specs = gateSpecs(request.with());
            GateFiles files = new GateFiles(context.workspace(), with.string("artifacts_dir").orElse("artifacts"),
                    new ProcessRunner(context.workspace()));
            List<GateResult> results = new ArrayList<>();
            for (GateSpec spec : specs) {
                results.add(check(spec, files));
            }
            return result(request, context, results);
        } catch (IllegalArgumentException | IOException e) {
            return AdapterResult.failed(e.getMessage());
        }
    }

    private static List<GateSpec> gateSpecs(Map<String, Object> with) {
        List<GateSpec> specs = GateSpec.fromStep(with);
        if (specs.isEmpty() && with.get("artifact") != null) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("artifact", with.get("artifact"));
            if (with.get("schema") != null) {
                params.put("schema", with.get("schema"));
            }
            specs = List.of(new GateSpec("schema_valid", "schema_valid", new Params(params)));
        }
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("verifier has nothing to check: list gates under with.checks or "
                    + "with.gates (tests_pass, diff_limits, schema_valid, token_budget)");
        }
        return specs;
    }

    private GateResult check(GateSpec spec, GateFiles files) throws InterruptedException {
        Gate gate = gates.get(spec.type());
        if (gate == null) {
            return GateResult.fail(spec, "unknown gate type: " + spec.type()
                    + " (known: diff_limits, schema_valid, tests_pass, token_budget)");
        }
        try {
            return gate.check(spec, files);
        } catch (IOException | IllegalArgumentException e) {
            return GateResult.fail(spec, e.getMessage());
        }
    }

    private static AdapterResult result(StepRequest request, StepContext context, List<GateResult> results)
            throws IOException {
        List<GateResult> failed = results.stream().filter(r -> !r.passed()).toList();
        List<Map<String, Object>> gateMaps = results.stream().map(GateResult::toMap).toList();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("timestamp", Artifacts.timestamp(context));
        report.put("type", "verifier.gates");
        report.put("passed", failed.isEmpty());
        report.put("gates", gateMaps);
        List<String> artifacts = new ArrayList<>();
        for (String emit : request.step().emits()) {
            artifacts.add(Artifacts.writeJson(context, emit, report));
        }
        StringBuilder output = new StringBuilder();
        results.forEach(r -> output.append(r.passed() ? "PASS " : "FAIL ").append(r.name()).append(": ")
                .append(r.message()).append('\n'));
        Map<String, Object> metadata = Map.of("gates_passed", results.size() - failed.size(),
                "gates_failed", failed.size(), "gates", gateMaps);
        String error = failed.isEmpty() ? null : "gate failed: " + String.join("; ",
                failed.stream().map(r -> r.name() + ": " + r.message()).toList());
        return new AdapterResult(failed.isEmpty(), 0, artifacts, output.toString(), error, metadata);
    }
}
