package dev.clio.engine.workflow.assist;

import dev.clio.engine.adapter.AdapterCatalog;
import dev.clio.engine.adapter.AdapterSpec;
import dev.clio.engine.workflow.PositionMap;
import dev.clio.engine.workflow.SourceRange;
import dev.clio.engine.workflow.Step;
import dev.clio.engine.workflow.ValidationResult;
import dev.clio.engine.workflow.ValidatorOptions;
import dev.clio.engine.workflow.YamlLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The steps of a workflow as the structure panel shows them: each step with its actor type, source lines and graph
 * level, the dependency edges (a step without {@code depends_on} waits for the one before it), and the cycles.
 * Built from the validator's {@link dev.clio.engine.workflow.Workflow} model, so it agrees with what runs.
 */
public record WorkflowStructure(List<Node> nodes, List<Edge> edges, List<List<String>> cycles) {

    /**
     * @param actorType deterministic, ai, or unknown (not in the catalog)
     * @param line 1-based first line of the step's mapping; {@code endLine} its last line
     * @param level the longest chain of dependencies before it (0 for a root), cycle edges left out
     */
    public record Node(String id, String name, String actor, String actorType, int line, int endLine, int level,
            boolean inCycle) {
    }

    /** {@code to} waits for {@code from}. @param implicit the "previous step" edge of a step without depends_on */
    public record Edge(String from, String to, boolean implicit, boolean inCycle) {
    }

    public static final WorkflowStructure EMPTY = new WorkflowStructure(List.of(), List.of(), List.of());

    public WorkflowStructure {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        cycles = cycles.stream().map(List::copyOf).toList();
    }

    /** The structure of {@code text} as validated in {@code result}; empty when no model could be built. */
    public static WorkflowStructure of(String text, ValidationResult result, AdapterCatalog catalog) {
        if (result.workflow().isEmpty()) {
            return EMPTY;
        }
        List<Step> steps = result.workflow().get().steps();
        PositionMap positions = new YamlLoader(ValidatorOptions.defaults())
                .load(result.file(), text.getBytes(StandardCharsets.UTF_8)).document()
                .map(d -> d.positions()).orElse(null);
        List<Edge> raw = edges(steps);
        Graph graph = new Graph(steps.stream().map(Step::id).toList(), raw);
        List<Node> nodes = new ArrayList<>();
        for (Step s : steps) {
            SourceRange r = positions == null ? SourceRange.START : positions.value("/steps/" + s.index());
            String type = catalog.spec(s.actor()).map(AdapterSpec::type).map(t -> t.label()).orElse("unknown");
            nodes.add(new Node(s.id(), s.name(), s.actor(), type, r.line(), Math.max(r.line(), lastLine(r)),
                    graph.level(s.id()), graph.inCycle(s.id())));
        }
        List<Edge> edges = raw.stream().map(e -> new Edge(e.from(), e.to(), e.implicit(),
                graph.sameCycle(e.from(), e.to()))).toList();
        return new WorkflowStructure(nodes, edges, graph.cycles());
    }

    /** A block mapping ends at column 1 of the line after its last one. */
    private static int lastLine(SourceRange r) {
        return r.endColumn() == 1 && r.endLine() > r.line() ? r.endLine() - 1 : r.endLine();
    }

    private static List<Edge> edges(List<Step> steps) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        steps.forEach(s -> ids.add(s.id()));
        List<Edge> out = new ArrayList<>();
        Step previous = null;
        for (Step s : steps) {
            if (!s.hasExplicitDependencies()) {
                if (previous != null) {
                    out.add(new Edge(previous.id(), s.id(), true, false));
                }
            } else {
                s.dependsOn().stream().filter(ids::contains).distinct()
                        .forEach(d -> out.add(new Edge(d, s.id(), false, false)));
            }
            previous = s;
        }
        return out;
    }

    /** The step whose lines hold {@code line} (1-based). */
    public Optional<Node> stepAtLine(int line) {
        Node best = null;
        for (Node n : nodes) {
            if (n.line() <= line && line <= n.endLine() && (best == null || n.line() > best.line())) {
                best = n;
            }
        }
        return Optional.ofNullable(best);
    }

    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public int levels() {
        return nodes.stream().mapToInt(Node::level).max().orElse(-1) + 1;
    }
}
