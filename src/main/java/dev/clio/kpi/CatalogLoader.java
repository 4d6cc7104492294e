package dev.clio.kpi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Merges the jar's definitions with a config directory's overrides, entry by entry, keeping what it cannot use. */
final class CatalogLoader {

    private final Path configDir;
    private final List<CatalogProblem> problems = new ArrayList<>();

    CatalogLoader(Path configDirOrNull) {
        this.configDir = configDirOrNull;
    }

    KpiCatalog load() {
        YamlEntries.Content kpiDefaults = bundled(KpiCatalog.KPIS_FILE, "kpis");
        YamlEntries.Content ruleDefaults = bundled(KpiCatalog.ALERTS_FILE, "alerts");
        Map<String, ObjectNode> kpiNodes = byId(kpiDefaults);
        Map<String, JsonNode> settings = new LinkedHashMap<>(kpiDefaults.settings());
        Map<String, KpiDefinition> kpis = new LinkedHashMap<>();
        kpiNodes.forEach((id, node) -> kpis.put(id, bundledParse(() -> DefinitionParser.parse(node))));
        Overrides kpiOverrides = overrides(KpiCatalog.KPIS_FILE, "kpis");
        if (kpiOverrides != null) {
            kpiOverrides.applyKpis(kpiNodes, kpis, settings);
        }
        Map<String, ObjectNode> ruleNodes = byId(ruleDefaults);
        Map<String, AlertRule> rules = new LinkedHashMap<>();
        ruleNodes.forEach((id, node) -> defaultRule(id, node, kpis, rules));
        Overrides ruleOverrides = overrides(KpiCatalog.ALERTS_FILE, "alerts");
        if (ruleOverrides != null) {
            ruleOverrides.applyRules(ruleNodes, rules, kpis);
        }
        return new KpiCatalog(List.copyOf(kpis.values()), List.copyOf(rules.values()), staleAfter(settings,
                kpiOverrides), problems);
    }

    private Duration staleAfter(Map<String, JsonNode> settings, Overrides from) {
        ObjectNode holder = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        holder.set("stale_after", settings.get("stale_after"));
        try {
            return new Fields(holder, java.util.Set.of("stale_after")).duration("stale_after");
        } catch (Fields.Invalid e) {
            problems.add(new CatalogProblem(from == null ? KpiCatalog.KPIS_FILE : from.file(), 0,
                    e.getMessage() + "; using 2m"));
            return Duration.ofMinutes(2);
        }
    }

    private Overrides overrides(String name, String listKey) {
        if (configDir == null) {
            return null;
        }
        Path file = configDir.resolve(name);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            byte[] bytes = Files.size(file) > YamlEntries.MAX_BYTES ? new byte[YamlEntries.MAX_BYTES + 1]
                    : Files.readAllBytes(file);
            return new Overrides(file.toString(), YamlEntries.read(bytes, listKey), problems);
        } catch (IOException e) {
            problems.add(new CatalogProblem(file.toString(), 0, "cannot be read (" + e.getMessage()
                    + "); using the defaults"));
        } catch (YamlEntries.Unreadable e) {
            problems.add(new CatalogProblem(file.toString(), e.line, e.getMessage() + "; using the defaults"));
        }
        return null;
    }

    private static YamlEntries.Content bundled(String name, String listKey) {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks dev/clio/kpi/" + name);
            }
            return YamlEntries.read(in.readAllBytes(), listKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (YamlEntries.Unreadable e) {
            throw new IllegalStateException("bundled " + name + ":" + e.line + ": " + e.getMessage(), e);
        }
    }

    /** A default rule can stop making sense only through a KPI override (say, a KPI turned into a trend). */
    private void defaultRule(String id, ObjectNode node, Map<String, KpiDefinition> kpis,
            Map<String, AlertRule> rules) {
        try {
            rules.put(id, RuleParser.parse(node, kpis));
        } catch (Fields.Invalid e) {
            problems.add(new CatalogProblem(KpiCatalog.ALERTS_FILE, 0, "alert '" + id + "' does not fit the "
                    + "overridden KPIs: " + e.getMessage() + "; rule left out"));
        }
    }

    private static Map<String, ObjectNode> byId(YamlEntries.Content content) {
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        content.entries().forEach(e -> byId.put(e.node().path("id").asText(), e.node()));
        return byId;
    }

    /** A parse of the jar's own data; failing is a build defect, caught by the catalog tests. */
    private static <T> T bundledParse(Parse<T> parse) {
        try {
            return parse.run();
        } catch (Fields.Invalid e) {
            throw new IllegalStateException("bundled definitions: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    interface Parse<T> {
        T run() throws Fields.Invalid;
    }
}
