package dev.clio.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Reads the bundled samples as plain maps, the way a YAML loader sees them. */
final class SampleFixtures {

    private static final ObjectMapper YAML = new YAMLMapper();

    private SampleFixtures() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> document(String fileName) throws IOException {
        return YAML.readValue(Samples.get(fileName).content(), Map.class);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> steps(String fileName) throws IOException {
        return (List<Map<String, Object>>) document(fileName).get("steps");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> with(Map<String, Object> step) {
        Object with = step.get("with");
        return with == null ? Map.of() : (Map<String, Object>) with;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<String> argv(Map<String, Object> step) {
        return (List<String>) with(step).get("argv");
    }
}
