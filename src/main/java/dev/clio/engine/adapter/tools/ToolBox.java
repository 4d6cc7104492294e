package dev.clio.engine.adapter.tools;

import dev.clio.engine.adapter.Availability;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tools of one registry, each probed at most once and shared by the adapters that use it (ruff serves
 * code_fixers, vscode_diagnostics and ruff_checker).
 */
public final class ToolBox {

    private static final Map<String, List<List<String>>> CANDIDATES = Map.of(
            "pytest", List.of(List.of("pytest"), List.of("pytest-3"), List.of("python3", "-m", "pytest")),
            "mypy", List.of(List.of("mypy"), List.of("python3", "-m", "mypy")));

    private final Map<String, String> environment;
    private final Map<String, ToolProbe> probes = new ConcurrentHashMap<>();

    public ToolBox(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    private static final class System {
        static final ToolBox INSTANCE = new ToolBox(java.lang.System.getenv());
    }

    /**
     * The process-wide toolbox over the current environment: each tool is probed once per process (a tool installed
     * later is seen after a restart).
     */
    public static ToolBox system() {
        return System.INSTANCE;
    }

    public ToolProbe probe(String tool) {
        return probes.computeIfAbsent(tool, name -> new ToolProbe(name,
                CANDIDATES.getOrDefault(name, List.of(List.of(name))), environment));
    }

    /**
     * Available when at least one of the tools is installed, with their versions; otherwise the reason names them
     * all ("none of ruff, black, isort found on PATH").
     */
    public Availability anyOf(List<String> names) {
        List<String> found = new ArrayList<>();
        for (String name : names) {
            Availability a = probe(name).availability();
            if (a.available()) {
                found.add(name + " " + a.version());
            }
        }
        return found.isEmpty()
                ? Availability.unavailable("none of " + String.join(", ", names)
                        + " found on PATH")
                : Availability.available(String.join(", ", found));
    }

    public Map<String, String> environment() {
        return environment;
    }
}
