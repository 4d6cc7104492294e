package dev.clio.engine.adapter.ai;

import dev.clio.engine.adapter.builtin.Params;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What distinguishes ai_editor from ai_analyst: the system prompt and the instruction built from the step. */
enum AiRole {

    EDITOR("ai_editor", "You are a careful senior engineer editing code. Answer with a unified diff (git style, "
            + "paths relative to the workspace) that makes the requested change, followed by a short rationale. "
            + "Change only what the task needs.") {
        @Override
        String instruction(Params with) {
            String operation = option(with, "operation", Set.of("edit", "refactor", "fix", "optimize", "document",
                    "test"), "fix");
            String strategy = option(with, "strategy", Set.of("minimal-diff", "refactor", "comprehensive"),
                    "minimal-diff");
            String task = with.string("prompt").orElse(switch (operation) {
                case "refactor" -> "Refactor the code below without changing its behaviour.";
                case "optimize" -> "Make the code below faster without changing its behaviour.";
                case "document" -> "Add clear docstrings and comments to the code below.";
                case "test" -> "Write tests for the code below.";
                case "edit" -> "Edit the code below as the context describes.";
                default -> "Fix the problems in the code below (see the context for diagnostics).";
            });
            return task + "\n\nOperation: " + operation + "\nStrategy: " + strategy;
        }
    },
    ANALYST("ai_analyst", "You are a senior engineer reviewing code. Be specific: cite files and lines, rank "
            + "findings by impact, and end with concrete recommendations.") {
        @Override
        String instruction(Params with) {
            String type = option(with, "analysis_type", Set.of("code_review", "architecture_analysis",
                    "refactor_planning", "test_planning"), "code_review");
            String detail = option(with, "detail_level", Set.of("low", "medium", "high"), "medium");
            List<String> focus = with.strings("focus_areas", true).orElse(List.of());
            String task = with.string("prompt").orElse("Perform a " + type.replace('_', ' ') + " of the code below.");
            return task + "\n\nAnalysis type: " + type + "\nDetail level: " + detail
                    + (focus.isEmpty() ? "" : "\nFocus areas: " + String.join(", ", focus));
        }
    };

    private final String adapterName;
    private final String system;

    AiRole(String adapterName, String system) {
        this.adapterName = adapterName;
        this.system = system;
    }

    String adapterName() {
        return adapterName;
    }

    String system() {
        return system;
    }

    abstract String instruction(Params with);

    private static String option(Params with, String key, Set<String> allowed, String fallback) {
        String value = with.string(key).map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse(fallback);
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException("unsupported " + key + ": " + value + " (supported: "
                    + String.join(", ", allowed.stream().sorted().toList()) + ")");
        }
        return value;
    }
}
