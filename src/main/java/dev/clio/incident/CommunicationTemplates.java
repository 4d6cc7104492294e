package dev.clio.incident;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.clio.ops.Incidents.Communication;
import dev.clio.ops.Incidents.Incident;
import dev.clio.ops.OpsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Communication templates as data: the seed's two ship in the jar, a workspace adds its own (or replaces one by id)
 * in {@code config/incident-templates.yaml}. Placeholders in braces are filled from the live incident.
 */
public final class CommunicationTemplates {

    public static final String WORKSPACE_FILE = "incident-templates.yaml";
    static final Set<String> PLACEHOLDERS = Set.of("id", "title", "severity", "start_time", "impact", "status",
            "next_update", "resolution_time", "duration", "root_cause", "resolution", "preventive_measures",
            "post_mortem");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String RESOURCE = "communication-templates.yaml";

    private final Path workspaceFile;

    /** @param workspaceFile the workspace's own templates; need not exist */
    public CommunicationTemplates(Path workspaceFile) {
        this.workspaceFile = workspaceFile;
    }

    record Template(String id, String name, String text) {
    }

    private record TemplateFile(List<Template> templates) {
    }

    /** Every template filled from the incident as it is now, built-in ones first. */
    public List<Communication> fill(Incident incident, Instant now) {
        Map<String, String> values = TemplateValues.of(incident, now);
        return templates().stream().map(t -> new Communication(t.id(), t.name(), fill(t.text(), values))).toList();
    }

    /** @throws OpsException NOT_FOUND when no template has this id */
    public Communication fill(Incident incident, String templateId, Instant now) {
        return fill(incident, now).stream().filter(c -> c.templateId().equals(templateId)).findFirst()
                .orElseThrow(() -> OpsException.notFound("no communication template '" + templateId + "'; known: "
                        + String.join(", ", templates().stream().map(Template::id).toList())));
    }

    List<Template> templates() {
        Map<String, Template> byId = new LinkedHashMap<>();
        try (InputStream in = CommunicationTemplates.class.getResourceAsStream(RESOURCE)) {
            read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in " + RESOURCE, byId);
        } catch (IOException e) {
            throw new IllegalStateException("the jar lacks " + RESOURCE, e);
        }
        if (workspaceFile != null && Files.isRegularFile(workspaceFile)) {
            try {
                read(Files.readString(workspaceFile), workspaceFile.toString(), byId);
            } catch (IOException e) {
                throw OpsException.invalid(workspaceFile + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        return List.copyOf(byId.values());
    }

    private static void read(String text, String source, Map<String, Template> into) {
        TemplateFile file;
        try {
            file = YAML.readValue(text, TemplateFile.class);
        } catch (IOException e) {
            String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    ? ":" + j.getLocation().getLineNr() : "";
            throw OpsException.invalid(source + where + ": not a template file (templates: a list of id, name, "
                    + "text)");
        }
        List<Template> list = file == null || file.templates() == null ? List.of() : file.templates();
        for (Template t : list) {
            if (t.id() == null || t.id().isBlank() || t.text() == null || t.text().isBlank()) {
                throw OpsException.invalid(source + ": every template needs an id and a text");
            }
            Matcher m = PLACEHOLDER.matcher(t.text());
            while (m.find()) {
                if (!PLACEHOLDERS.contains(m.group(1))) {
                    throw OpsException.invalid(source + ":" + lineOf(text, m.group()) + ": template '" + t.id()
                            + "' uses {" + m.group(1) + "}, which is not one of " + new ArrayList<>(
                                    new java.util.TreeSet<>(PLACEHOLDERS)));
                }
            }
            into.put(t.id(), new Template(t.id(), t.name() == null ? t.id() : t.name(), t.text()));
        }
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString().stripTrailing();
    }

    private static int lineOf(String text, String token) {
        int at = text.indexOf(token);
        return at < 0 ? 1 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
