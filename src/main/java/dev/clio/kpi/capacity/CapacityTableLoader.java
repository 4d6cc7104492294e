package dev.clio.kpi.capacity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clio.kpi.CatalogProblem;
import dev.clio.kpi.Fields;
import dev.clio.kpi.YamlEntries;
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
import java.util.Set;

/** Merges the jar's capacity table with a config directory's override, row by row, keeping what it cannot use. */
final class CapacityTableLoader {

    private static final String RESOURCE = "/dev/clio/kpi/" + CapacityTable.FILE;
    private static final String LIST = "capacity";
    private static final String GAP = "max_sample_gap";

    private final Path configDir;
    private final List<CatalogProblem> problems = new ArrayList<>();

    CapacityTableLoader(Path configDirOrNull) {
        this.configDir = configDirOrNull;
    }

    CapacityTable load() {
        YamlEntries.Content defaults = bundled();
        Map<String, ObjectNode> nodes = new LinkedHashMap<>();
        Map<String, CapacityRule> rules = new LinkedHashMap<>();
        for (YamlEntries.Entry e : defaults.entries()) {
            String id = e.node().path("id").asText();
            nodes.put(id, e.node());
            rules.put(id, bundledParse(e.node()));
        }
        JsonNode gap = defaults.settings().get(GAP);
        String file = configDir == null ? null : configDir.resolve(CapacityTable.FILE).toString();
        YamlEntries.Content override = override();
        if (override != null) {
            for (Map.Entry<String, JsonNode> s : override.settings().entrySet()) {
                if (s.getKey().equals(GAP)) {
                    gap = s.getValue();
                } else {
                    problems.add(new CatalogProblem(file, 0, "unknown setting '" + s.getKey() + "'; the settings are ["
                            + GAP + "] and '" + LIST + "'"));
                }
            }
            override.entries().forEach(e -> apply(file, e, nodes, rules));
        }
        return new CapacityTable(List.copyOf(rules.values()), gap(gap, override == null ? RESOURCE : file),
                problems);
    }

    private void apply(String file, YamlEntries.Entry entry, Map<String, ObjectNode> nodes,
            Map<String, CapacityRule> rules) {
        String id = entry.node().path("id").asText("");
        if (id.isEmpty()) {
            problems.add(new CatalogProblem(file, entry.line(), "an entry has no 'id'; the rows are "
                    + nodes.keySet()));
            return;
        }
        boolean known = nodes.containsKey(id);
        ObjectNode merged = known ? nodes.get(id).deepCopy().setAll(entry.node()) : entry.node();
        try {
            if (CapacityRuleParser.disabled(merged)) {
                rules.remove(id);
            } else {
                rules.put(id, CapacityRuleParser.parse(merged));
            }
            nodes.put(id, merged);
        } catch (Fields.Invalid e) {
            problems.add(new CatalogProblem(file, entry.line(), "capacity '" + id + "': " + e.getMessage()
                    + (known ? "; using the default" : "; row left out")));
        }
    }

    private Duration gap(JsonNode value, String from) {
        ObjectNode holder = JsonNodeFactory.instance.objectNode();
        holder.set(GAP, value);
        try {
            Duration gap = new Fields(holder, Set.of(GAP)).duration(GAP);
            if (!gap.isZero()) {
                return gap;
            }
            problems.add(new CatalogProblem(from, 0, "'" + GAP + "' must be longer than 0s; using 5m"));
        } catch (Fields.Invalid e) {
            problems.add(new CatalogProblem(from, 0, e.getMessage() + "; using 5m"));
        }
        return Duration.ofMinutes(5);
    }

    private YamlEntries.Content override() {
        if (configDir == null) {
            return null;
        }
        Path file = configDir.resolve(CapacityTable.FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            byte[] bytes = Files.size(file) > YamlEntries.MAX_BYTES ? new byte[YamlEntries.MAX_BYTES + 1]
                    : Files.readAllBytes(file);
            return YamlEntries.read(bytes, LIST);
        } catch (IOException e) {
            problems.add(new CatalogProblem(file.toString(), 0, "cannot be read (" + e.getMessage()
                    + "); using the defaults"));
        } catch (YamlEntries.Unreadable e) {
            problems.add(new CatalogProblem(file.toString(), e.line, e.getMessage() + "; using the defaults"));
        }
        return null;
    }

    private static YamlEntries.Content bundled() {
        try (InputStream in = CapacityTableLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + RESOURCE);
            }
            return YamlEntries.read(in.readAllBytes(), LIST);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (YamlEntries.Unreadable e) {
            throw new IllegalStateException("bundled " + CapacityTable.FILE + ":" + e.line + ": " + e.getMessage(), e);
        }
    }

    /** The jar's own rows; a failure is a build defect, caught by the table tests. */
    private static CapacityRule bundledParse(ObjectNode node) {
        try {
            return CapacityRuleParser.parse(node);
        } catch (Fields.Invalid e) {
            throw new IllegalStateException("bundled " + CapacityTable.FILE + ": " + e.getMessage(), e);
        }
    }
}
