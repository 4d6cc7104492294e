package dev.clio.engine.adapter.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates JSON or YAML artifacts ({@code from}/{@code artifact}, or a list in {@code artifacts}) against the JSON
 * schema in {@code schema}. Without a schema, an artifact must at least be an object with {@code timestamp} and
 * {@code type} (the original's basic artifact check).
 */
final class SchemaValidGate implements Gate {

    private static final int MAX_REPORTED = 5;

    private final SchemaCache schemas;

    SchemaValidGate(SchemaCache schemas) {
        this.schemas = schemas;
    }

    @Override
    public GateResult check(GateSpec gate, GateFiles files) throws IOException {
        List<String> artifacts = new ArrayList<>(gate.params().strings("artifacts", true).orElse(List.of()));
        String single = files.pathOf(gate, List.of("from", "artifact", "source"), null);
        if (single != null) {
            artifacts.add(0, single);
        }
        if (artifacts.isEmpty()) {
            return GateResult.fail(gate, "schema_valid needs the artifact to check: set 'from' (or 'artifact')");
        }
        String schemaPath = gate.params().string("schema").orElse(null);
        List<String> problems = new ArrayList<>();
        for (String artifact : artifacts) {
            problems.addAll(validate(artifact, schemaPath, files));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("artifacts", artifacts);
        details.put("schema", schemaPath);
        details.put("problems", problems);
        if (!problems.isEmpty()) {
            String shown = String.join("; ", problems.subList(0, Math.min(MAX_REPORTED, problems.size())));
            String more = problems.size() > MAX_REPORTED ? " (+" + (problems.size() - MAX_REPORTED) + " more)" : "";
            return GateResult.fail(gate, shown + more, details);
        }
        return GateResult.pass(gate, String.join(", ", artifacts) + (schemaPath == null ? " well-formed"
                : " valid against " + schemaPath), details);
    }

    private List<String> validate(String artifact, String schemaPath, GateFiles files) throws IOException {
        JsonNode document;
        try {
            document = files.readTree(artifact);
        } catch (NoSuchFileException e) {
            return List.of("artifact not found: " + artifact);
        } catch (IOException e) {
            return List.of(e.getMessage());
        }
        if (schemaPath == null) {
            boolean basic = document.isObject() && document.has("timestamp") && document.has("type");
            return basic ? List.of() : List.of(artifact + " has no schema given and lacks 'timestamp' and 'type'");
        }
        JsonNode schemaNode;
        try {
            schemaNode = files.readTree(schemaPath);
        } catch (NoSuchFileException e) {
            return List.of("schema not found: " + schemaPath);
        }
        Set<ValidationMessage> messages = schemas.schema(files.resolve(schemaPath), schemaNode).validate(document);
        return messages.stream().map(m -> artifact + ": " + m.getMessage()).sorted().toList();
    }
}
