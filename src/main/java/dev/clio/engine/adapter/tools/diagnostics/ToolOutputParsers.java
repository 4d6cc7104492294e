package dev.clio.engine.adapter.tools.diagnostics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the machine-readable output of ruff ({@code --output-format=json}), mypy (text with
 * {@code --show-column-numbers --show-error-codes}), pylint ({@code --output-format=json}) and eslint
 * ({@code --format=json}) into {@link Issue}s with workspace-relative file names.
 */
public final class ToolOutputParsers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MYPY = Pattern.compile(
            "^(?<file>[^:\\n]+):(?<line>\\d+):(?:(?<col>\\d+):)?\\s*(?<sev>error|warning|note):\\s*(?<msg>.*?)"
                    + "(?:\\s+\\[(?<code>[a-z0-9-]+)\\])?\\s*$");

    private ToolOutputParsers() {
    }

    public static List<Issue> ruff(String json, Path workspace) throws IOException {
        List<Issue> issues = new ArrayList<>();
        for (JsonNode item : array(json, "ruff")) {
            String code = item.path("code").asText("");
            issues.add(new Issue(relative(item.path("filename").asText(), workspace),
                    item.path("location").path("row").asInt(0), item.path("location").path("column").asInt(0),
                    code.isEmpty() || code.equals("E999") ? Issue.ERROR : Issue.WARNING, code,
                    item.path("message").asText(), code, "ruff", IssueKinds.ruff(code)));
        }
        return issues;
    }

    public static List<Issue> mypy(String text, Path workspace) {
        List<Issue> issues = new ArrayList<>();
        for (String line : text.split("\\R")) {
            Matcher m = MYPY.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String code = m.group("code") == null ? "" : m.group("code");
            String severity = m.group("sev").equals("note") ? Issue.INFO : m.group("sev");
            issues.add(new Issue(relative(m.group("file"), workspace), Integer.parseInt(m.group("line")),
                    m.group("col") == null ? 0 : Integer.parseInt(m.group("col")), severity, code,
                    m.group("msg"), code, "mypy", IssueKinds.mypy(code)));
        }
        return issues;
    }

    public static List<Issue> pylint(String json, Path workspace) throws IOException {
        List<Issue> issues = new ArrayList<>();
        for (JsonNode item : array(json, "pylint")) {
            String type = item.path("type").asText("warning").toLowerCase(Locale.ROOT);
            String severity = type.equals("error") || type.equals("fatal") ? Issue.ERROR
                    : type.equals("warning") ? Issue.WARNING : Issue.INFO;
            String id = item.path("message-id").asText("");
            issues.add(new Issue(relative(item.path("path").asText(), workspace), item.path("line").asInt(0),
                    item.path("column").asInt(0), severity, id, item.path("message").asText(),
                    item.path("symbol").asText(id), "pylint", IssueKinds.pylint(id)));
        }
        return issues;
    }

    public static List<Issue> eslint(String json, Path workspace) throws IOException {
        List<Issue> issues = new ArrayList<>();
        for (JsonNode file : array(json, "eslint")) {
            String path = relative(file.path("filePath").asText(), workspace);
            for (JsonNode message : file.path("messages")) {
                String rule = message.path("ruleId").isTextual() ? message.get("ruleId").asText() : "";
                String severity = message.path("severity").asInt(1) >= 2 ? Issue.ERROR : Issue.WARNING;
                issues.add(new Issue(path, message.path("line").asInt(0), message.path("column").asInt(0), severity,
                        rule, message.path("message").asText(), rule, "eslint", IssueKinds.eslint(rule)));
            }
        }
        return issues;
    }

    private static JsonNode array(String json, String tool) throws IOException {
        if (json.isBlank()) {
            return JSON.createArrayNode();
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (IOException e) {
            throw new IOException(tool + " did not print JSON: " + firstLine(json));
        }
        if (!node.isArray()) {
            throw new IOException(tool + " printed JSON that is not a list of issues");
        }
        return node;
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static String relative(String file, Path workspace) {
        Path root = workspace.toAbsolutePath().normalize();
        Path path = root.resolve(file).normalize();
        return path.startsWith(root) ? root.relativize(path).toString() : file;
    }
}
