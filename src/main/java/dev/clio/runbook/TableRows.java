package dev.clio.runbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.clio.runbook.ValuePath.Segment;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rows of a table result ({@code Resources.Table}: {@code columns} and {@code rows} of text) as the functions of
 * verdicts read them: each row an object keyed by column name, numeric text as a number, so
 * {@code max(rows[].mean_ms)} compares numbers. Plain paths ({@code rows[0][1]}) still read the cells by index.
 */
final class TableRows {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,15})?");

    private TableRows() {
    }

    /** Whether {@code path} names the rows of a table result (so functions read them by column). */
    static boolean isRows(JsonNode result, List<Segment> path) {
        return path.size() == 1 && "rows".equals(path.get(0).name()) && result != null && result.isObject()
                && result.path("columns").isArray() && result.path("rows").isArray();
    }

    /** The table's rows as objects keyed by column; a row that is not a list of cells is left out. */
    static ArrayNode byColumn(JsonNode table) {
        JsonNode columns = table.path("columns");
        ArrayNode keyed = JsonNodeFactory.instance.arrayNode();
        for (JsonNode row : table.path("rows")) {
            if (!row.isArray()) {
                continue;
            }
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            for (int i = 0; i < columns.size() && i < row.size(); i++) {
                String text = row.get(i).asText();
                o.set(columns.get(i).asText(), NUMBER.matcher(text).matches()
                        ? DoubleNode.valueOf(Double.parseDouble(text)) : TextNode.valueOf(text));
            }
            keyed.add(o);
        }
        return keyed;
    }
}
