package dev.clio.engine.adapter.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.clio.engine.adapter.process.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Finds and reads the files gates check. Paths are workspace-relative as written ({@code artifacts/x.json} is
 * {@code <workspace>/artifacts/x.json}, never {@code artifacts/artifacts/x.json}); only defaults live in the
 * artifacts directory.
 */
final class GateFiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path workspace;
    private final String artifactsDir;
    private final ProcessRunner processes;

    GateFiles(Path workspace, String artifactsDir, ProcessRunner processes) {
        this.workspace = workspace.toAbsolutePath().normalize();
        this.artifactsDir = artifactsDir;
        this.processes = processes;
    }

    ProcessRunner processes() {
        return processes;
    }

    Path workspace() {
        return workspace;
    }

    /** The first given key among {@code keys}, else {@code <artifacts_dir>/<defaultName>}. */
    String pathOf(GateSpec gate, List<String> keys, String defaultName) {
        for (String key : keys) {
            if (gate.params().string(key).isPresent()) {
                return gate.params().string(key).get();
            }
        }
        return defaultName == null ? null : artifactsDir + "/" + defaultName;
    }

    /** Resolves inside the workspace; throws a clear error for a path that escapes it. */
    Path resolve(String relative) {
        Path path = workspace.resolve(relative).normalize();
        if (!path.startsWith(workspace)) {
            throw new IllegalArgumentException("path '" + relative + "' is outside the workspace");
        }
        return path;
    }

    /** Reads JSON, or YAML for .yaml/.yml files. */
    JsonNode readTree(String relative) throws IOException {
        Path path = resolve(relative);
        try {
            byte[] content = Files.readAllBytes(path);
            String lower = relative.toLowerCase(Locale.ROOT);
            ObjectMapper mapper = lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
            JsonNode node = mapper.readTree(content);
            if (node == null || node.isMissingNode()) {
                throw new IOException(relative + " is empty");
            }
            return node;
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(relative);
        } catch (JsonProcessingException e) {
            throw new IOException(relative + " is not valid " + (relative.endsWith("json") ? "JSON" : "JSON/YAML")
                    + ": " + e.getOriginalMessage());
        }
    }
}
