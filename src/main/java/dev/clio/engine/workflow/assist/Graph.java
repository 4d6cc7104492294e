package dev.clio.engine.workflow.assist;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reachability over the step graph: which steps share a cycle and each step's level. Quadratic in the step count,
 * without recursion, which is plenty for workflows (a few hundred steps) and cannot overflow the stack.
 */
final class Graph {

    private final List<String> ids;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<List<Integer>> out = new ArrayList<>();
    private final BitSet[] reach;
    private final int[] levels;

    Graph(List<String> ids, List<WorkflowStructure.Edge> edges) {
        this.ids = ids;
        for (int i = 0; i < ids.size(); i++) {
            index.putIfAbsent(ids.get(i), i);
            out.add(new ArrayList<>());
        }
        for (WorkflowStructure.Edge e : edges) {
            out.get(index.get(e.from())).add(index.get(e.to()));
        }
        reach = new BitSet[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            reach[i] = reachable(i);
        }
        levels = levels();
    }

    private BitSet reachable(int from) {
        BitSet seen = new BitSet();
        ArrayDeque<Integer> queue = new ArrayDeque<>(out.get(from));
        while (!queue.isEmpty()) {
            int n = queue.poll();
            if (!seen.get(n)) {
                seen.set(n);
                queue.addAll(out.get(n));
            }
        }
        return seen;
    }

    boolean sameCycle(String a, String b) {
        int i = index.get(a);
        int j = index.get(b);
        return reach[i].get(j) && reach[j].get(i);
    }

    boolean inCycle(String id) {
        int i = index.get(id);
        return reach[i].get(i);
    }

    int level(String id) {
        return levels[index.get(id)];
    }

    /** Each group of steps that reach one another, in file order of their first member. */
    List<List<String>> cycles() {
        List<List<String>> groups = new ArrayList<>();
        BitSet placed = new BitSet();
        for (int i = 0; i < ids.size(); i++) {
            if (placed.get(i) || !reach[i].get(i)) {
                continue;
            }
            List<String> group = new ArrayList<>();
            for (int j = i; j < ids.size(); j++) {
                if (reach[i].get(j) && reach[j].get(i)) {
                    group.add(ids.get(j));
                    placed.set(j);
                }
            }
            groups.add(group);
        }
        return groups;
    }

    /** Longest path from a root over the edges between different cycles (Kahn's order over that acyclic graph). */
    private int[] levels() {
        int n = ids.size();
        int[] level = new int[n];
        int[] pending = new int[n];
        for (int u = 0; u < n; u++) {
            for (int v : out.get(u)) {
                if (!mutual(u, v)) {
                    pending[v]++;
                }
            }
        }
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int u = 0; u < n; u++) {
            if (pending[u] == 0) {
                ready.add(u);
            }
        }
        while (!ready.isEmpty()) {
            int u = ready.poll();
            for (int v : out.get(u)) {
                if (!mutual(u, v)) {
                    level[v] = Math.max(level[v], level[u] + 1);
                    if (--pending[v] == 0) {
                        ready.add(v);
                    }
                }
            }
        }
        return level;
    }

    private boolean mutual(int u, int v) {
        return reach[u].get(v) && reach[v].get(u);
    }
}
