package dev.clio.engine.adapter.builtin;

import dev.clio.engine.adapter.Adapter;
import dev.clio.engine.adapter.AdapterSettings;
import dev.clio.engine.adapter.AdapterSpec;
import dev.clio.engine.adapter.BuiltinAdapterSpecs;
import dev.clio.engine.adapter.ai.AiProviders;
import dev.clio.engine.adapter.ai.AiStepAdapter;
import dev.clio.engine.adapter.git.GitOpsAdapter;
import dev.clio.engine.adapter.shell.ShellAdapter;
import dev.clio.engine.adapter.tools.ToolBox;
import dev.clio.engine.adapter.tools.diagnostics.CheckerAdapter;
import dev.clio.engine.adapter.tools.diagnostics.VscodeDiagnosticsAdapter;
import dev.clio.engine.adapter.tools.fixers.CodeFixersAdapter;
import dev.clio.engine.adapter.tools.pytest.PytestRunnerAdapter;
import dev.clio.engine.adapter.verify.VerifierAdapter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds one adapter per {@link BuiltinAdapterSpecs} entry, in catalog order. */
public final class BuiltinAdapters {

    private BuiltinAdapters() {
    }

    public static List<Adapter> create(AdapterSettings settings) {
        Map<String, Function<AdapterSpec, Adapter>> factories = factories(settings);
        List<Adapter> adapters = new ArrayList<>();
        for (AdapterSpec spec : BuiltinAdapterSpecs.catalog().specs()) {
            adapters.add(factories.getOrDefault(spec.name(), BuiltinAdapters::notProvided).apply(spec));
        }
        return adapters;
    }

    private static Map<String, Function<AdapterSpec, Adapter>> factories(AdapterSettings settings) {
        ToolBox tools = ToolBox.system();
        Map<String, Function<AdapterSpec, Adapter>> factories = new HashMap<>();
        factories.put("shell", spec -> new ShellAdapter());
        factories.put("verifier", spec -> new VerifierAdapter());
        factories.put("git_ops", spec -> new GitOpsAdapter(tools.probe("git")));
        factories.put("vscode_diagnostics", spec -> new VscodeDiagnosticsAdapter(tools));
        factories.put("ruff_checker", spec -> CheckerAdapter.ruff(tools));
        factories.put("mypy_checker", spec -> CheckerAdapter.mypy(tools));
        factories.put("pytest_runner", spec -> new PytestRunnerAdapter(tools.probe("pytest")));
        factories.put("code_fixers", spec -> new CodeFixersAdapter(tools));
        AiProviders ai = AiProviders.of(settings);
        factories.put("ai_editor", spec -> AiStepAdapter.editor(ai));
        factories.put("ai_analyst", spec -> AiStepAdapter.analyst(ai));
        return factories;
    }

    private static Adapter notProvided(AdapterSpec spec) {
        return new UnavailableAdapter(spec, reason(spec.name()));
    }

    /** Honest reasons for the catalog names of the original that this version lists but does not run. */
    static String reason(String name) {
        if (name.equals("github_integration")) {
            return "github_integration needs GITHUB_TOKEN and GitHub access, which this version does not provide";
        }
        if (name.startsWith("tool_")) {
            return name + " is a tool bridge of the original orchestrator, which this version does not provide; "
                    + "run the tool with the shell adapter (argv list) instead";
        }
        if (name.equals("cost_estimator")) {
            return "cost_estimator is not provided by this version; routing reports each step's token estimate";
        }
        return name + " belongs to the original's Codex modification pipeline, which this version does not provide";
    }
}
