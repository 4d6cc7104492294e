package dev.clio.runbook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.ops.Runbooks.Display;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Turns a call's JSON result into what a card or a terminal shows: a table where the result is tabular, else text. */
final class ResultDisplay {

    static final int MAX_ROWS = 500;

    private ResultDisplay() {
    }

    static Display of(JsonNode result) {
        if (result.has("columns") && result.has("rows") && result.get("rows").isArray()) {
            return table(texts(result.get("columns")), rowsOf(result.get("rows")));
        }
        JsonNode items = result.isArray() ? result : result.path("items");
        if (items.isArray()) {
            return listTable(items);
        }
        if (result.isObject()) {
            List<List<String>> rows = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> it = result.fields();
            while (it.hasNext()) {
                var e = it.next();
                rows.add(List.of(e.getKey(), cell(e.getValue(), e.getKey())));
            }
            return table(List.of("field", "value"), rows);
        }
        return Display.text(result.asText());
    }

    private static Display listTable(JsonNode items) {
        List<String> columns = new ArrayList<>();
        for (JsonNode item : items) {
            item.fieldNames().forEachRemaining(n -> {
                if (!columns.contains(n) && !item.get(n).isContainerNode()) {
                    columns.add(n);
                }
            });
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode item : items) {
            if (rows.size() == MAX_ROWS) {
                break;
            }
            List<String> row = new ArrayList<>();
            columns.forEach(c -> row.add(cell(item.path(c), c)));
            rows.add(row);
        }
        return table(columns, rows);
    }

    private static Display table(List<String> columns, List<List<String>> rows) {
        return new Display("table", columns, rows, "");
    }

    private static String cell(JsonNode v, String field) {
        if (v.isMissingNode() || v.isNull()) {
            return "";
        }
        return v.isContainerNode() ? v.toString() : Verdicts.render(v, field);
    }

    private static List<List<String>> rowsOf(JsonNode rows) {
        List<List<String>> out = new ArrayList<>();
        for (JsonNode r : rows) {
            if (out.size() == MAX_ROWS) {
                break;
            }
            out.add(texts(r));
        }
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.isNull() ? "" : e.asText()));
        return out;
    }
}
