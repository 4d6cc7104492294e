package dev.clio.incident;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Text made safe for one markdown table cell, line or fenced block, and values written the same way every time. */
final class Cells {

    private Cells() {
    }

    /** One cell: pipes escaped, line breaks as {@code <br>}. */
    static String cell(String text) {
        return text == null ? "" : text.strip().replace("\\", "\\\\").replace("|", "\\|")
                .replaceAll("\\R", "<br>");
    }

    /** One list line: line breaks become spaces. */
    static String line(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** A fenced block long enough that no backticks inside can close it. */
    static void fence(StringBuilder md, String body) {
        String fence = "```";
        while (body.contains(fence)) {
            fence += "`";
        }
        md.append(fence).append('\n').append(body.stripTrailing()).append('\n').append(fence).append("\n\n");
    }

    /** Scalars as they are; maps with sorted keys; lists in order. */
    static String value(Object v) {
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, val) -> sorted.put(String.valueOf(k), val));
            return sorted.entrySet().stream().map(e -> e.getKey() + "=" + value(e.getValue()))
                    .collect(Collectors.joining(", "));
        }
        if (v instanceof List<?> list) {
            return list.stream().map(Cells::value).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(v);
    }
}
