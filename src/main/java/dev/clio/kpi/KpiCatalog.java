package dev.clio.kpi;

import dev.clio.workspace.Workspace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The KPI definitions and alert rules in force: the runbook's tables shipped in the jar
 * ({@code dev/clio/kpi/kpis.yaml}, {@code alerts.yaml}), overridden per id by a workspace's {@code config/kpis.yaml}
 * and {@code config/alerts.yaml}. Changing a threshold is an edit of data, never of code.
 *
 * @param staleAfter a reading older than this shows as {@link Level#STALE}
 * @param problems what was wrong in the override files; the defaults were kept for those parts
 */
public record KpiCatalog(List<KpiDefinition> kpis, List<AlertRule> rules, Duration staleAfter,
        List<CatalogProblem> problems) {

    static final String KPIS_FILE = "kpis.yaml";
    static final String ALERTS_FILE = "alerts.yaml";

    public KpiCatalog {
        kpis = List.copyOf(kpis);
        rules = List.copyOf(rules);
        problems = List.copyOf(problems);
    }

    /**
     * Loads the defaults and the workspace's overrides. Never fails for a bad override file: its problems are in
     * {@link #problems()} (with {@code file:line} where known) and the defaults stand for what it got wrong. Reads
     * two small files.
     *
     * @param workspaceOrNull null for the defaults alone (e.g. against a remote server)
     */
    public static KpiCatalog load(Workspace workspaceOrNull) {
        return new CatalogLoader(workspaceOrNull == null ? null : workspaceOrNull.config()).load();
    }

    /** The jar's definitions alone. */
    public static KpiCatalog defaults() {
        return load(null);
    }

    public Optional<KpiDefinition> kpi(String id) {
        return kpis.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    public Optional<AlertRule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    Map<String, KpiDefinition> kpisById() {
        Map<String, KpiDefinition> byId = new LinkedHashMap<>();
        kpis.forEach(k -> byId.put(k.id(), k));
        return byId;
    }

    KpiCatalog withProblems(List<CatalogProblem> more) {
        List<CatalogProblem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new KpiCatalog(kpis, rules, staleAfter, all);
    }
}
