package dev.clio.integrations.alertmanager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading API v2's JSON leniently: a missing or malformed field becomes empty, never an exception. */
final class AmJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AmJson() {
    }

    static Map<String, String> strings(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.properties().forEach(e -> map.put(e.getKey(), e.getValue().asText("")));
        return map;
    }

    static List<String> list(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText("")));
        return list;
    }

    static Instant instant(JsonNode node) {
        return instant(node.asText(""));
    }

    static Instant instant(String text) {
        try {
            return text == null || text.isEmpty() ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * What an error body says: Alertmanager answers with a JSON string ({@code "Failed to create silence: …"}), an
     * object with {@code message} (validation errors) or plain text.
     */
    static String message(String body) {
        String text = body == null ? "" : body.strip();
        try {
            JsonNode node = JSON.readTree(text);
            if (node != null && node.isTextual()) {
                return node.asText().strip();
            }
            if (node != null && node.hasNonNull("message")) {
                return node.get("message").asText().strip();
            }
        } catch (IOException e) {
            // not JSON: the text itself
        }
        return text.replaceAll("\\s+", " ");
    }
}
