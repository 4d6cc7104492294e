package dev.clio.engine.adapter.tools.diagnostics;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One diagnostic, in the artifact format of the original's vscode_diagnostics plus a {@code kind} (lint, format,
 * import, type, logic) that {@code has_errors(…, kinds=[…])} conditions select on, and {@code tool} (what the
 * diagnostics schema requires; the same as {@code source}).
 */
public record Issue(String file, int line, int column, String severity, String code, String message, String rule,
        String source, String kind) {

    public static final String ERROR = "error";
    public static final String WARNING = "warning";
    public static final String INFO = "info";

    /** 0 for info, 1 for warning, 2 for error. */
    public static int rank(String severity) {
        return switch (severity == null ? "" : severity.toLowerCase(Locale.ROOT)) {
            case ERROR -> 2;
            case WARNING -> 1;
            default -> 0;
        };
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("file", file);
        map.put("line", line);
        map.put("column", column);
        map.put("severity", severity);
        map.put("code", code);
        map.put("message", message);
        map.put("rule", rule);
        map.put("source", source);
        map.put("tool", source);
        map.put("kind", kind);
        return map;
    }
}
