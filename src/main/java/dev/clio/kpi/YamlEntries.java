package dev.clio.kpi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a definitions file: a mapping with scalar settings and one list of entries, keeping each entry's line so that
 * problems can say {@code file:line}. Duplicate keys are errors, as they would silently hide a threshold. Public for
 * the other definitions files of {@code kpi} sub-packages (the capacity table).
 */
public final class YamlEntries {

    public static final int MAX_BYTES = 1 << 20;
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    /** One list entry and the line it starts on. */
    public record Entry(int line, ObjectNode node) {
    }

    /** The file's settings (everything but the list) and its entries, in file order. */
    public record Content(Map<String, JsonNode> settings, List<Entry> entries) {
    }

    /** Thrown with a {@code file:line}-ready problem when the file cannot be read as a whole. */
    public static final class Unreadable extends Exception {
        public final int line;

        Unreadable(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private YamlEntries() {
    }

    public static Content read(byte[] bytes, String listKey) throws Unreadable {
        if (bytes.length > MAX_BYTES) {
            throw new Unreadable(0, "larger than " + MAX_BYTES + " bytes; is this a definitions file?");
        }
        Map<String, JsonNode> settings = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        try (JsonParser p = YAML.createParser(bytes)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new Content(settings, entries);
            }
            if (first != JsonToken.START_OBJECT) {
                throw new Unreadable(line(p), "must be a mapping with a '" + listKey + ":' list");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals(listKey)) {
                    readList(p, value, listKey, entries);
                } else {
                    settings.put(name, YAML.readTree(p));
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new Unreadable(line, "not valid YAML: " + oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new Unreadable(0, "cannot be read: " + oneLine(e.getMessage()));
        }
        return new Content(settings, entries);
    }

    private static void readList(JsonParser p, JsonToken start, String listKey, List<Entry> entries)
            throws IOException, Unreadable {
        if (start != JsonToken.START_ARRAY) {
            throw new Unreadable(line(p), "'" + listKey + "' must be a list of entries, each starting with '- id:'");
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int line = line(p);
            JsonNode node = YAML.readTree(p);
            if (!(node instanceof ObjectNode object)) {
                throw new Unreadable(line, "each entry of '" + listKey + "' must be a mapping with an 'id'");
            }
            entries.add(new Entry(line, object));
        }
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
