package dev.clio.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.engine.workflow.WorkflowDocument.StepNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code depends_on} rules: every named step exists, no step waits for itself, and the graph has no cycle. A step
 * without {@code depends_on} waits for the step before it, so that implicit edge takes part in cycles too.
 */
final class DependencyRules {

    static final String UNKNOWN = "unknown-dependency";
    static final String SELF = "self-dependency";
    static final String CYCLE = "dependency-cycle";

    private DependencyRules() {
    }

    /** An edge of the graph and where it was written (the depends_on item, or the step id when implicit). */
    record Edge(String from, String to, String pointer, boolean implicit) {
    }

    static void check(WorkflowDocument doc) {
        List<StepNode> steps = doc.steps();
        Set<String> ids = doc.stepIds();
        Map<String, List<Edge>> graph = new LinkedHashMap<>();
        String previous = null;
        for (StepNode step : steps) {
            String id = step.id();
            if (id == null) {
                continue;
            }
            List<Edge> edges = graph.computeIfAbsent(id, k -> new ArrayList<>());
            JsonNode deps = step.node().get("depends_on");
            if (deps == null) {
                if (previous != null) {
                    edges.add(new Edge(id, previous, step.at("/id"), true));
                }
            } else if (deps.isArray()) {
                explicit(doc, step, deps, ids, edges);
            }
            previous = id;
        }
        new CycleFinder(graph, doc.findings()).run();
        checkPhases(doc);
    }

    private static void explicit(WorkflowDocument doc, StepNode step, JsonNode deps, Set<String> ids,
            List<Edge> edges) {
        for (int i = 0; i < deps.size(); i++) {
            JsonNode dep = deps.get(i);
            if (!dep.isValueNode() || dep.isNull()) {
                continue;
            }
            String target = dep.asText();
            String pointer = step.at("/depends_on/" + i);
            if (target.equals(step.id())) {
                doc.findings().error(pointer, SELF, "step " + target + " depends on itself; remove it from depends_on");
            } else if (!ids.contains(target)) {
                String hint = Suggestions.closest(target, ids).map(s -> "; did you mean '" + s + "'?").orElse("");
                doc.findings().error(pointer, UNKNOWN,
                        "depends_on names '" + target + "', which is not a step of this workflow" + hint);
            } else {
                edges.add(new Edge(step.id(), target, pointer, false));
            }
        }
    }

    private static void checkPhases(WorkflowDocument doc) {
        JsonNode phases = doc.root().path("phases");
        if (!phases.isArray()) {
            return;
        }
        Set<String> ids = new LinkedHashSet<>();
        phases.forEach(p -> {
            if (p.path("id").isTextual()) {
                ids.add(p.path("id").asText());
            }
        });
        for (int i = 0; i < phases.size(); i++) {
            JsonNode deps = phases.get(i).path("depends_on");
            for (int j = 0; j < deps.size() && deps.isArray(); j++) {
                String target = deps.get(j).asText();
                if (!ids.contains(target)) {
                    doc.findings().error("/phases/" + i + "/depends_on/" + j, UNKNOWN,
                            "depends_on names '" + target + "', which is not a phase of this workflow");
                }
            }
        }
    }

    /** Iterative depth-first search (a 10,000-step chain must not overflow the stack); reports each cycle once. */
    private static final class CycleFinder {
        private final Map<String, List<Edge>> graph;
        private final Findings findings;
        private final Set<String> done = new HashSet<>();
        private final Set<Set<String>> reported = new HashSet<>();

        CycleFinder(Map<String, List<Edge>> graph, Findings findings) {
            this.graph = graph;
            this.findings = findings;
        }

        void run() {
            for (String start : graph.keySet()) {
                if (!done.contains(start)) {
                    search(start);
                }
            }
        }

        private void search(String start) {
            List<Edge> path = new ArrayList<>();
            List<String> stack = new ArrayList<>();
            List<Integer> next = new ArrayList<>();
            Set<String> onStack = new HashSet<>();
            stack.add(start);
            next.add(0);
            onStack.add(start);
            while (!stack.isEmpty()) {
                int top = stack.size() - 1;
                String node = stack.get(top);
                List<Edge> edges = graph.getOrDefault(node, List.of());
                int i = next.get(top);
                if (i >= edges.size()) {
                    done.add(node);
                    onStack.remove(node);
                    stack.remove(top);
                    next.remove(top);
                    if (!path.isEmpty()) {
                        path.remove(path.size() - 1);
                    }
                    continue;
                }
                next.set(top, i + 1);
                Edge e = edges.get(i);
                if (onStack.contains(e.to())) {
                    report(path, e, stack);
                } else if (!done.contains(e.to())) {
                    path.add(e);
                    stack.add(e.to());
                    next.add(0);
                    onStack.add(e.to());
                }
            }
        }

        private void report(List<Edge> path, Edge closing, List<String> stack) {
            int from = stack.indexOf(closing.to());
            List<Edge> cycle = new ArrayList<>(path.subList(from, path.size()));
            cycle.add(closing);
            Set<String> members = new HashSet<>(stack.subList(from, stack.size()));
            if (!reported.add(members)) {
                return;
            }
            StringBuilder text = new StringBuilder(cycle.get(0).from());
            boolean implicit = false;
            for (Edge e : cycle) {
                text.append(" \u2192 ").append(e.to());
                implicit |= e.implicit();
            }
            Edge first = cycle.stream().filter(e -> !e.implicit()).findFirst().orElse(cycle.get(0));
            String note = implicit ? " (a step without depends_on waits for the step before it)" : "";
            findings.error(first.pointer(), CYCLE, "dependency cycle: " + text + note
                    + "; remove one of these dependencies");
        }
    }
}
