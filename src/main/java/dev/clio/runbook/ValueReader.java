package dev.clio.runbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.clio.runbook.ValuePath.Function;
import dev.clio.runbook.ValuePath.Segment;
import java.util.List;

/** Evaluates a {@link ValuePath} over a call's JSON result; a value that is not there is a MissingNode. */
final class ValueReader {

    private ValueReader() {
    }

    static JsonNode read(ValuePath path, JsonNode result) {
        JsonNode at = walk(result, path.path());
        if (path.function() == null) {
            return at;
        }
        if (path.function() != Function.COUNT && TableRows.isRows(result, path.path())) {
            at = TableRows.byColumn(result);
        }
        if (!at.isArray()) {
            return MissingNode.getInstance();
        }
        return switch (path.function()) {
            case COUNT -> IntNode.valueOf(at.size());
            case MAX, MIN, SUM -> aggregate(path.function(), at, path.field());
            case ANY, ALL -> quantify(path, at);
        };
    }

    private static JsonNode walk(JsonNode from, List<Segment> segments) {
        JsonNode at = from;
        for (Segment s : segments) {
            at = s.isSelector() ? select(at, s) : s.index() != null ? at.path(s.index()) : at.path(s.name());
        }
        return at;
    }

    /** The first element of the list whose field equals the selector's literal. */
    private static JsonNode select(JsonNode list, Segment s) {
        JsonNode than = literal(s.whereValue());
        for (JsonNode e : list) {
            if (Comparisons.matches(e.path(s.whereField()), VerdictRule.Op.EQ, than)) {
                return e;
            }
        }
        return MissingNode.getInstance();
    }

    private static JsonNode aggregate(Function f, JsonNode list, List<Segment> field) {
        Double acc = null;
        for (JsonNode e : list) {
            JsonNode v = walk(e, field);
            if (!v.isNumber()) {
                continue;
            }
            double d = v.asDouble();
            acc = acc == null ? d : switch (f) {
                case MAX -> Math.max(acc, d);
                case MIN -> Math.min(acc, d);
                default -> acc + d;
            };
        }
        if (acc == null) {
            return f == Function.SUM ? IntNode.valueOf(0) : MissingNode.getInstance();
        }
        return DoubleNode.valueOf(acc);
    }

    private static JsonNode quantify(ValuePath path, JsonNode list) {
        JsonNode than = literal(path.literal());
        boolean any = false;
        boolean all = true;
        for (JsonNode e : list) {
            boolean hit = Comparisons.matches(walk(e, path.field()), path.op(), than);
            any |= hit;
            all &= hit;
        }
        return BooleanNode.valueOf(path.function() == Function.ANY ? any : all);
    }

    private static JsonNode literal(Object value) {
        if (value instanceof Double d) {
            return DoubleNode.valueOf(d);
        }
        if (value instanceof Boolean b) {
            return BooleanNode.valueOf(b);
        }
        return TextNode.valueOf(String.valueOf(value));
    }
}
