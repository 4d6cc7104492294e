package dev.clio.kpi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One workspace override file, applied entry by entry: the fields an entry gives replace the default's, and an
 * entry that does not make sense is reported and leaves the default in force.
 */
final class Overrides {

    private static final Set<String> KPI_SETTINGS = Set.of("stale_after");

    private final String file;
    private final YamlEntries.Content content;
    private final List<CatalogProblem> problems;

    Overrides(String file, YamlEntries.Content content, List<CatalogProblem> problems) {
        this.file = file;
        this.content = content;
        this.problems = problems;
    }

    String file() {
        return file;
    }

    void applyKpis(Map<String, ObjectNode> nodes, Map<String, KpiDefinition> kpis, Map<String, JsonNode> settings) {
        content.settings().forEach((name, value) -> {
            if (KPI_SETTINGS.contains(name)) {
                settings.put(name, value);
            } else {
                problem(0, "unknown setting '" + name + "'; the settings are " + KPI_SETTINGS + " and 'kpis'");
            }
        });
        for (YamlEntries.Entry entry : content.entries()) {
            String id = entry.node().path("id").asText("");
            if (!nodes.containsKey(id)) {
                problem(entry.line(), (id.isEmpty() ? "an entry has no 'id'" : "unknown KPI '" + id + "'")
                        + "; the KPIs are " + new TreeSet<>(nodes.keySet()));
                continue;
            }
            ObjectNode merged = nodes.get(id).deepCopy().setAll(entry.node());
            try {
                kpis.put(id, DefinitionParser.parse(merged));
                nodes.put(id, merged);
            } catch (Fields.Invalid e) {
                problem(entry.line(), "kpi '" + id + "': " + e.getMessage() + "; using the default");
            }
        }
    }

    void applyRules(Map<String, ObjectNode> nodes, Map<String, AlertRule> rules, Map<String, KpiDefinition> kpis) {
        content.settings().keySet().forEach(name -> problem(0, "unknown setting '" + name + "'; only 'alerts'"));
        for (YamlEntries.Entry entry : content.entries()) {
            String id = entry.node().path("id").asText("");
            if (id.isEmpty()) {
                problem(entry.line(), "an entry has no 'id'");
                continue;
            }
            ObjectNode merged = nodes.containsKey(id) ? nodes.get(id).deepCopy().setAll(entry.node())
                    : entry.node();
            try {
                if (RuleParser.disabled(merged)) {
                    rules.remove(id);
                } else {
                    rules.put(id, RuleParser.parse(merged, kpis));
                }
            } catch (Fields.Invalid e) {
                problem(entry.line(), "alert '" + id + "': " + e.getMessage()
                        + (nodes.containsKey(id) ? "; using the default" : "; rule left out"));
            }
        }
    }

    private void problem(int line, String message) {
        problems.add(new CatalogProblem(file, line, message));
    }
}
