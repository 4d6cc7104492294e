package dev.clio.runbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.regex.Pattern;

/**
 * A table result ({@code Resources.Table}: {@code columns} and {@code rows} of text) as verdicts read it: each row an
 * object keyed by column name, numeric text as a number, so {@code max(rows[].mean_ms)} compares numbers.
 */
final class TableRows {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,15})?");

    private TableRows() {
    }

    /** The result with its rows keyed by column; anything that is not a table is returned as it is. */
    static JsonNode byColumn(JsonNode result) {
        JsonNode columns = result == null ? null : result.get("columns");
        JsonNode rows = result == null ? null : result.get("rows");
        if (columns == null || !columns.isArray() || rows == null || !rows.isArray() || !result.isObject()) {
            return result;
        }
        ArrayNode keyed = JsonNodeFactory.instance.arrayNode();
        for (JsonNode row : rows) {
            if (!row.isArray()) {
                return result;
            }
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < columns.size() && i < row.size(); i++) {
                String text = row.get(i).asText();
                o.set(columns.get(i).asText(), NUMBER.matcher(text).matches()
                        ? DoubleNode.valueOf(Double.parseDouble(text)) : TextNode.valueOf(text));
            }
            keyed.add(o);
        }
        ObjectNode copy = ((ObjectNode) result).deepCopy();
        copy.set("rows", keyed);
        return copy;
    }
}
