package dev.clio.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.engine.workflow.WorkflowDocument.StepNode;
import java.util.Set;
import java.util.regex.Pattern;

/** Paths a step writes or reads must stay inside the workspace: no absolute paths, no escaping {@code ../}. */
final class PathRules {

    static final String RULE = "path-escapes-workspace";

    private static final Set<String> PATH_KEYS = Set.of("path", "output", "files", "artifact", "artifacts", "schema",
            "from", "test_path", "cwd", "artifacts_dir", "backup_dir", "body_file", "tokens_file", "source",
            "schema_path", "workflow");
    private static final Set<String> CHECK_LISTS = Set.of("checks", "gates");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*");
    private static final Pattern SEPARATORS = Pattern.compile("[/\\\\]+");

    private PathRules() {
    }

    static void check(WorkflowDocument doc) {
        for (StepNode step : doc.steps()) {
            values(doc, step.node().get("emits"), step.at("/emits"));
            JsonNode with = step.node().get("with");
            if (with != null && with.isObject()) {
                keyed(doc, with, step.at("/with"));
                for (String list : CHECK_LISTS) {
                    eachItem(doc, with.get(list), step.at("/with/" + list));
                }
            }
            eachItem(doc, step.node().get("gates"), step.at("/gates"));
        }
    }

    private static void eachItem(WorkflowDocument doc, JsonNode list, String pointer) {
        if (list != null && list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).isObject()) {
                    keyed(doc, list.get(i), JsonPointers.child(pointer, i));
                }
            }
        }
    }

    private static void keyed(WorkflowDocument doc, JsonNode object, String pointer) {
        for (String key : PATH_KEYS) {
            if (object.has(key)) {
                values(doc, object.get(key), JsonPointers.child(pointer, key));
            }
        }
    }

    private static void values(WorkflowDocument doc, JsonNode value, String pointer) {
        if (value == null) {
            return;
        }
        if (value.isTextual()) {
            checkPath(doc, value.asText(), pointer);
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                if (value.get(i).isTextual()) {
                    checkPath(doc, value.get(i).asText(), JsonPointers.child(pointer, i));
                }
            }
        }
    }

    private static void checkPath(WorkflowDocument doc, String path, String pointer) {
        if (escapes(path)) {
            doc.findings().error(pointer, RULE, "'" + path + "' is outside the workspace; use a path relative to "
                    + "the workspace without '..', such as artifacts/" + lastSegment(path));
        }
    }

    static boolean escapes(String path) {
        String p = path.trim();
        if (p.startsWith("/") || p.startsWith("\\") || p.startsWith("~") || DRIVE.matcher(p).matches()) {
            return true;
        }
        int depth = 0;
        for (String segment : SEPARATORS.split(p)) {
            if (segment.equals("..")) {
                depth--;
                if (depth < 0) {
                    return true;
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                depth++;
            }
        }
        return false;
    }

    private static String lastSegment(String path) {
        String[] parts = SEPARATORS.split(path);
        String last = parts.length == 0 ? "" : parts[parts.length - 1];
        return last.isEmpty() || last.equals("..") ? "output.json" : last;
    }
}
