package dev.clio.engine.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Words a JSON pointer the way an author reads the file: {@code /steps/1/with/files} becomes
 * {@code step 1.002 › with.files}.
 */
final class HumanPaths {

    private static final String SEP = " \u203a ";

    private final JsonNode root;

    HumanPaths(JsonNode root) {
        this.root = root;
    }

    String describe(String pointer) {
        List<String> segments = JsonPointers.segments(pointer);
        if (segments.isEmpty()) {
            return "document";
        }
        String head = segments.get(0);
        if (segments.size() >= 2 && (head.equals("steps") || head.equals("phases")) && isIndex(segments.get(1))) {
            String item = item(head, Integer.parseInt(segments.get(1)));
            return segments.size() == 2 ? item : item + SEP + dotted(segments.subList(2, segments.size()));
        }
        return dotted(segments);
    }

    private String item(String collection, int index) {
        JsonNode id = root == null ? null : root.path(collection).path(index).get("id");
        String noun = collection.equals("steps") ? "step" : "phase";
        if (id != null && id.isValueNode() && !id.asText().isBlank()) {
            return noun + " " + id.asText();
        }
        return noun + " #" + (index + 1);
    }

    private static String dotted(List<String> segments) {
        StringBuilder b = new StringBuilder();
        for (String s : segments) {
            if (isIndex(s)) {
                b.append('[').append(s).append(']');
            } else {
                b.append(b.isEmpty() ? "" : ".").append(s);
            }
        }
        return b.toString();
    }

    private static boolean isIndex(String s) {
        return !s.isEmpty() && s.length() < 10 && s.chars().allMatch(Character::isDigit);
    }
}
