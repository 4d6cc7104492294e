package dev.clio.engine.adapter.tools.diagnostics;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps a tool's rule code to the kind of problem: {@code format} (layout only), {@code import}, {@code type},
 * {@code logic} (likely bugs: undefined names, unreachable code) or {@code lint} (everything else). Kinds decide
 * whether a deterministic fixer can help (lint, format) or an AI edit is needed (import, type, logic).
 */
public final class IssueKinds {

    public static final List<String> ALL = List.of("lint", "format", "import", "type", "logic");

    private static final Set<String> RUFF_IMPORT = Set.of("F401", "F402", "F403", "F404", "F405", "E401", "E402");
    private static final Set<String> RUFF_LOGIC = Set.of("F821", "F822", "F823", "F811", "F631", "F632", "F701",
            "F702", "F704", "F706", "F707", "E999");
    private static final Set<String> PYLINT_IMPORT = Set.of("E0401", "E0402", "W0401", "W0406", "W0611", "W0614",
            "C0410", "C0411", "C0412", "C0413", "C0415");
    private static final Set<String> PYLINT_FORMAT = Set.of("C0301", "C0303", "C0304", "C0305", "C0321", "W0311",
            "W0301");
    private static final Set<String> ESLINT_FORMAT = Set.of("indent", "semi", "quotes", "comma-dangle", "max-len",
            "eol-last", "no-trailing-spaces", "no-multiple-empty-lines", "linebreak-style", "brace-style",
            "object-curly-spacing", "array-bracket-spacing", "space-before-function-paren", "keyword-spacing",
            "comma-spacing", "key-spacing", "space-infix-ops", "semi-spacing", "no-mixed-spaces-and-tabs");
    private static final Set<String> ESLINT_LOGIC = Set.of("no-undef", "no-unreachable", "no-dupe-keys",
            "no-dupe-args", "no-const-assign", "no-func-assign", "no-self-assign", "no-unsafe-finally",
            "use-isnan", "valid-typeof", "no-fallthrough", "constructor-super", "no-this-before-super");

    private IssueKinds() {
    }

    public static String ruff(String code) {
        String c = upper(code);
        if (c.startsWith("I") || c.startsWith("TID") || c.startsWith("ICN") || RUFF_IMPORT.contains(c)) {
            return "import";
        }
        if (RUFF_LOGIC.contains(c) || c.startsWith("B") || c.startsWith("PLE")) {
            return "logic";
        }
        if (c.startsWith("ANN") || c.startsWith("TC") || c.startsWith("FA") || c.startsWith("UP006")
                || c.startsWith("UP007")) {
            return "type";
        }
        if (c.matches("E[123]\\d\\d") || c.equals("E501") || c.matches("W[1-6]\\d\\d") || c.startsWith("Q")
                || c.startsWith("COM")) {
            return "format";
        }
        return "lint";
    }

    /** mypy codes are type errors except import problems and syntax errors. */
    public static String mypy(String code) {
        String c = code == null ? "" : code.toLowerCase(Locale.ROOT);
        if (c.startsWith("import")) {
            return "import";
        }
        return c.equals("syntax") ? "logic" : "type";
    }

    public static String pylint(String messageId) {
        String c = upper(messageId);
        if (PYLINT_IMPORT.contains(c)) {
            return "import";
        }
        if (PYLINT_FORMAT.contains(c)) {
            return "format";
        }
        if (c.startsWith("E") || c.startsWith("F")) {
            // E11xx are call and attribute checks (no-member, not-callable, argument counts): type problems.
            return c.startsWith("E11") ? "type" : "logic";
        }
        return "lint";
    }

    public static String eslint(String ruleId) {
        if (ruleId == null || ruleId.isBlank()) {
            return "logic";
        }
        String rule = ruleId.toLowerCase(Locale.ROOT);
        if (rule.startsWith("import/") || rule.equals("no-restricted-imports") || rule.equals("sort-imports")) {
            return "import";
        }
        String base = rule.substring(rule.lastIndexOf('/') + 1);
        if (rule.startsWith("prettier/") || rule.startsWith("@stylistic/") || ESLINT_FORMAT.contains(base)) {
            return "format";
        }
        if (rule.startsWith("@typescript-eslint/") && (base.contains("type") || base.contains("any"))) {
            return "type";
        }
        return ESLINT_LOGIC.contains(base) ? "logic" : "lint";
    }

    private static String upper(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }
}
