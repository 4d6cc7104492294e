package dev.clio.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.clio.config.Settings;
import dev.clio.config.SettingsException;
import dev.clio.config.SettingsLoader;
import dev.clio.engine.adapter.Adapter;
import dev.clio.engine.adapter.AdapterRegistry;
import dev.clio.engine.adapter.Availability;
import dev.clio.engine.adapter.StepRequest;
import dev.clio.engine.workflow.OnFail;
import dev.clio.engine.workflow.Retry;
import dev.clio.engine.workflow.Step;
import dev.clio.workspace.Workspace;
import dev.clio.workspace.Workspaces;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "adapters", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List the adapters: type, whether they can run here and why not, the wrapped tool's version, "
            + "and the token estimate of an empty step.",
    "AI adapters read the anthropic_*/openai_* settings and ai_provider (CLI_ORCHESTRATOR_* variables over "
        + "config/orchestrator.yaml), or ANTHROPIC_API_KEY / OPENAI_API_KEY."})
final class AdaptersCommand implements Callable<Integer> {

    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} "
            + "(default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Workspace whose config/orchestrator.yaml "
            + "supplies settings, as for run (default: the current directory if it is one, else the demo workspace).")
    Path workspaceDir;

    @Spec
    CommandSpec spec;

    /** Probes each installed tool once ({@code tool --version}); takes a second or two on a cold start. */
    @Override
    public Integer call() throws JsonProcessingException {
        Settings settings;
        try {
            Workspace workspace = Workspaces.resolve(Path.of("").toAbsolutePath(), workspaceDir);
            settings = SettingsLoader.forWorkspace(workspace).load();
        } catch (IOException | SettingsException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        }
        AdapterRegistry registry = AdapterRegistry.defaults(adapterSettings(settings));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Adapter adapter : registry.adapters()) {
            rows.add(row(adapter));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
        } else {
            printTable(out, rows);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The AI settings the adapters read, by their setting names (as {@code run} passes them). */
    static Map<String, String> adapterSettings(Settings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("anthropic_api_key", settings.anthropicApiKey());
        values.put("anthropic_base_url", settings.anthropicBaseUrl());
        values.put("anthropic_model", settings.anthropicModel());
        values.put("openai_api_key", settings.openaiApiKey());
        values.put("openai_base_url", settings.openaiBaseUrl());
        values.put("openai_model", settings.openaiModel());
        values.put("ai_provider", settings.aiProvider());
        values.values().removeIf(v -> v == null || v.isBlank());
        return values;
    }

    private static Map<String, Object> row(Adapter adapter) {
        Availability availability = adapter.availability();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", adapter.name());
        row.put("type", adapter.spec().type().label());
        row.put("available", availability.available());
        row.put("reason", availability.reason());
        row.put("version", availability.version());
        row.put("estimated_tokens", adapter.estimateTokens(emptyStep(adapter.name())));
        row.put("description", adapter.spec().description());
        return row;
    }

    private static StepRequest emptyStep(String actor) {
        Step step = new Step(0, "0.000", "estimate", actor, Map.of(), null, null, Retry.NONE, OnFail.STOP, List.of(),
                List.of(), null, null);
        return new StepRequest("estimate", "adapters", step, Map.of(), List.of(), 1, null);
    }

    private static void printTable(PrintWriter out, List<Map<String, Object>> rows) {
        String[] keys = {"name", "type", "available", "version", "estimated_tokens", "reason"};
        String[] titles = {"NAME", "TYPE", "AVAILABLE", "VERSION", "EST. TOKENS", "REASON"};
        int[] widths = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            widths[i] = titles[i].length();
            for (Map<String, Object> row : rows) {
                widths[i] = Math.max(widths[i], cell(row, keys[i]).length());
            }
        }
        out.println(line(titles, widths));
        for (Map<String, Object> row : rows) {
            String[] cells = new String[keys.length];
            for (int i = 0; i < keys.length; i++) {
                cells[i] = cell(row, keys[i]);
            }
            out.println(line(cells, widths));
        }
        long available = rows.stream().filter(r -> Boolean.TRUE.equals(r.get("available"))).count();
        out.println();
        out.println(available + " of " + rows.size() + " adapters available");
    }

    private static String cell(Map<String, Object> row, String key) {
        Object value = row.get(key);
        if (key.equals("available")) {
            return Boolean.TRUE.equals(value) ? "yes" : "no";
        }
        if (key.equals("reason") && Boolean.TRUE.equals(row.get("available"))) {
            return "";
        }
        return value == null ? "-" : value.toString();
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            boolean last = i == cells.length - 1;
            line.append(last ? cells[i] : String.format("%-" + widths[i] + "s  ", cells[i]));
        }
        return line.toString().stripTrailing();
    }
}
