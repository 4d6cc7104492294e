package dev.clio.engine.adapter.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clio.engine.adapter.builtin.Params;
import dev.clio.engine.adapter.tools.FileSelection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The user prompt of an AI step: the instruction, the step's {@code context}, and the content of the files it names
 * and of the matched files, each capped (per file and in total) so that a broad pattern cannot send a repository to
 * the provider.
 */
final class PromptBuilder {

    static final int MAX_FILE_CHARS = 24_000;
    static final int MAX_TOTAL_FILE_CHARS = 96_000;
    private static final int MAX_CONTEXT_CHARS = 16_000;
    /** Compact JSON: indentation would only cost tokens. */
    private static final ObjectMapper COMPACT = new ObjectMapper();

    /** The prompt and what went into it. */
    record Prompt(String text, List<String> files, List<String> truncated) {
    }

    private PromptBuilder() {
    }

    static String header(AiRole role, Params with) {
        StringBuilder text = new StringBuilder(role.instruction(with));
        Object context = with.raw("context");
        if (context != null) {
            text.append("\n\n## Context\n").append(cap(render(context), MAX_CONTEXT_CHARS));
        }
        return text.toString();
    }

    static Prompt build(AiRole role, Params with, List<String> patterns, Path workspace) throws IOException {
        StringBuilder text = new StringBuilder(header(role, with));
        List<String> included = new ArrayList<>();
        List<String> truncated = new ArrayList<>();
        int budget = MAX_TOTAL_FILE_CHARS;
        for (String file : files(with, patterns, workspace)) {
            byte[] bytes = Files.readAllBytes(workspace.resolve(file));
            if (budget <= 0 || isBinary(bytes)) {
                truncated.add(file);
                continue;
            }
            String content = new String(bytes, StandardCharsets.UTF_8);
            int room = Math.min(MAX_FILE_CHARS, budget);
            if (content.length() > room) {
                content = content.substring(0, room) + "\n… (truncated)";
                truncated.add(file);
            }
            budget -= content.length();
            included.add(file);
            text.append("\n\n## File: ").append(file).append("\n```\n").append(content)
                    .append(content.endsWith("\n") ? "" : "\n").append("```");
        }
        if (!truncated.isEmpty()) {
            text.append("\n\n(Left out or cut to fit the prompt: ").append(String.join(", ", truncated)).append(')');
        }
        return new Prompt(text.toString(), included, truncated);
    }

    /**
     * Workspace files named by the step's {@code context} values (such as {@code diagnostics:
     * artifacts/diagnostics.json}) first, since the model cannot open a path, then the files matching the patterns.
     */
    private static Set<String> files(Params with, List<String> patterns, Path workspace) throws IOException {
        Set<String> files = new LinkedHashSet<>();
        if (with.raw("context") instanceof Map<?, ?> context) {
            for (Object value : context.values()) {
                if (value instanceof String path && !path.isBlank() && path.length() < 500
                        && path.chars().noneMatch(Character::isWhitespace)) {
                    files.addAll(FileSelection.select(workspace, List.of(path), Set.of()));
                }
            }
        }
        if (!patterns.isEmpty()) {
            files.addAll(FileSelection.select(workspace, patterns, Set.of()));
        }
        return files;
    }

    private static String render(Object context) {
        if (context instanceof String s) {
            return s;
        }
        try {
            return COMPACT.writeValueAsString(context);
        } catch (JsonProcessingException e) {
            return String.valueOf(context);
        }
    }

    private static boolean isBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String cap(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "… (truncated)" : text;
    }
}
