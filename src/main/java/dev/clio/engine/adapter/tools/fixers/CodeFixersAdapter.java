package dev.clio.engine.adapter.tools.fixers;

import dev.clio.engine.adapter.Adapter;
import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.adapter.AdapterSpec;
import dev.clio.engine.adapter.Availability;
import dev.clio.engine.adapter.BuiltinAdapterSpecs;
import dev.clio.engine.adapter.StepContext;
import dev.clio.engine.adapter.StepRequest;
import dev.clio.engine.adapter.builtin.Artifacts;
import dev.clio.engine.adapter.builtin.Params;
import dev.clio.engine.adapter.process.ProcessResult;
import dev.clio.engine.adapter.process.ProcessRunner;
import dev.clio.engine.adapter.tools.FileSelection;
import dev.clio.engine.adapter.tools.ToolBox;
import dev.clio.engine.adapter.tools.ToolProbe;
import dev.clio.engine.adapter.tools.ToolRun;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs ruff --fix, black and isort over the step's Python files. Without {@code with.tools} it uses whichever of them
 * is installed; a tool listed explicitly but missing fails the step. A {@code .diff}/{@code .patch} artifact path
 * receives the unified diff of the changes, any other path the JSON summary.
 */
public final class CodeFixersAdapter implements Adapter {

    private static final AdapterSpec SPEC = BuiltinAdapterSpecs.get("code_fixers");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final ToolBox tools;

    public CodeFixersAdapter(ToolBox tools) {
        this.tools = tools;
    }

    @Override
    public AdapterSpec spec() {
        return SPEC;
    }

    @Override
    public Availability availability() {
        return tools.anyOf(java.util.Arrays.stream(Fixer.values()).map(Fixer::tool).toList());
    }


    /** Blocks while the fixers run one after another (each at most the step timeout, else 60 s). */
    @Override
    public AdapterResult execute(StepRequest request, StepContext context) throws InterruptedException {
        try {
            Params with = new Params(request.with());
            List<Fixer> fixers = fixers(with);
            if (fixers.isEmpty()) {
                return AdapterResult.failed("adapter not available: code_fixers (" + availability().reason() + ")");
            }
            boolean fix = with.flag("fix", true);
            List<String> files = FileSelection.select(context.workspace(), ToolRun.filePatterns(request,
                    with.strings("files", true).orElse(null), List.of("**/*.py")), Set.of(".py", ".pyi"));
            if (files.isEmpty()) {
                return AdapterResult.ok("No Python files found to process\n", List.of(), Map.of("files", 0));
            }
            FileSnapshot snapshot = new FileSnapshot(context.workspace(), files);
            Map<String, Object> results = new LinkedHashMap<>();
            List<String> errors = new ArrayList<>();
            int fixes = 0;
            for (Fixer fixer : fixers) {
                Map<String, Object> result = runFixer(fixer, fix, files, request, context);
                results.put(fixer.tool(), result);
                fixes += (int) result.get("fixes_applied");
                if (result.get("error") != null) {
                    errors.add((String) result.get("error"));
                }
            }
            return finish(request, context, snapshot, files, results, fixes, errors);
        } catch (IOException | IllegalArgumentException e) {
            return AdapterResult.failed(e.getMessage());
        }
    }

    private List<Fixer> fixers(Params with) {
        List<String> requested = with.strings("tools", true).orElse(null);
        if (requested == null) {
            return Arrays.stream(Fixer.values()).filter(f -> tools.probe(f.tool()).availability().available())
                    .toList();
        }
        return requested.stream().map(Fixer::named).distinct().toList();
    }

    private Map<String, Object> runFixer(Fixer fixer, boolean fix, List<String> files, StepRequest request,
            StepContext context) throws IOException, InterruptedException {
        Map<String, Object> result = new LinkedHashMap<>();
        ToolProbe probe = tools.probe(fixer.tool());
        if (probe.command().isEmpty()) {
            result.put("fixes_applied", 0);
            result.put("error", probe.availability().reason());
            return result;
        }
        List<String> args = new ArrayList<>(fixer.args(fix));
        args.add("--");
        args.addAll(files);
        ProcessResult r = ToolRun.run(probe.command().get(), args, request, context, TIMEOUT);
        result.put("exit_code", r.exitCode());
        result.put("stdout", r.stdout());
        result.put("stderr", r.stderr());
        result.put("fixes_applied", fix ? fixer.fixes(r) : 0);
        boolean failed = r.timedOut() || fixer.failed(r.exitCode(), fix);
        result.put("error", failed ? fixer.tool() + (r.timedOut() ? " timed out" : " failed with exit code "
                + r.exitCode() + ": " + r.lastStderrLine()) : null);
        return result;
    }

    private static AdapterResult finish(StepRequest request, StepContext context, FileSnapshot snapshot,
            List<String> files, Map<String, Object> results, int fixes, List<String> errors)
            throws IOException, InterruptedException {
        List<String> changed = snapshot.changed();
        Map<String, Object> artifact = new LinkedHashMap<>();
        artifact.put("adapter", "code_fixers");
        artifact.put("timestamp", Artifacts.timestamp(context));
        artifact.put("type", "code_fixes");
        artifact.put("files_processed", files);
        artifact.put("files_changed", changed);
        artifact.put("results", results);
        artifact.put("summary", Map.of("total_tools", results.size(), "total_fixes", fixes, "errors", errors.size()));
        List<String> written = new ArrayList<>();
        String diff = null;
        for (String path : ToolRun.artifactPaths(request, "artifacts/code_fixes.json")) {
            if (path.endsWith(".diff") || path.endsWith(".patch")) {
                diff = diff != null ? diff : snapshot.diff(changed, new ProcessRunner(context.workspace()));
                written.add(Artifacts.writeText(context, path, diff));
            } else {
                written.add(Artifacts.writeJson(context, path, artifact));
            }
        }
        Map<String, Object> metadata = Map.of("files", files.size(), "files_changed", changed.size(),
                "fixes_applied", fixes, "tools", List.copyOf(results.keySet()));
        String output = changed.size() + " of " + files.size() + " files changed by " + results.keySet() + "\n";
        return new AdapterResult(errors.isEmpty(), 0, written, output,
                errors.isEmpty() ? null : String.join("; ", errors), metadata);
    }
}
