package dev.clio.engine.adapter.ai;

import dev.clio.engine.adapter.Adapter;
import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.adapter.AdapterSpec;
import dev.clio.engine.adapter.Availability;
import dev.clio.engine.adapter.BuiltinAdapterSpecs;
import dev.clio.engine.adapter.StepContext;
import dev.clio.engine.adapter.StepRequest;
import dev.clio.engine.adapter.builtin.Artifacts;
import dev.clio.engine.adapter.builtin.Params;
import dev.clio.engine.adapter.tools.ToolRun;
import dev.clio.integrations.ai.AiException;
import dev.clio.integrations.ai.AiRequest;
import dev.clio.integrations.ai.AiResponse;
import dev.clio.integrations.ai.AiUnauthorized;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ai_editor} and {@code ai_analyst}: one call to the configured AI provider with a prompt built from the step,
 * the response written to each {@code emits} path (else {@code artifacts/<step id>-response.md}), and the provider's
 * token usage reported. The editor's answer is a proposed diff; nothing is applied to the workspace.
 */
public final class AiStepAdapter implements Adapter {

    private static final int DEFAULT_MAX_TOKENS = 4000;
    private static final long TOKENS_PER_FILE_PATTERN = 1500;

    private final AiRole role;
    private final AdapterSpec spec;
    private final AiProviders providers;

    private AiStepAdapter(AiRole role, AiProviders providers) {
        this.role = role;
        this.spec = BuiltinAdapterSpecs.get(role.adapterName());
        this.providers = providers;
    }

    public static AiStepAdapter editor(AiProviders providers) {
        return new AiStepAdapter(AiRole.EDITOR, providers);
    }

    public static AiStepAdapter analyst(AiProviders providers) {
        return new AiStepAdapter(AiRole.ANALYST, providers);
    }

    @Override
    public AdapterSpec spec() {
        return spec;
    }

    @Override
    public Availability availability() {
        return providers.availability();
    }

    /**
     * Prompt characters / 4 plus {@code max_tokens}, plus a fixed allowance per file pattern: routing happens before
     * any file is read, so file sizes are not known yet.
     */
    @Override
    public long estimateTokens(StepRequest request) {
        Params with = new Params(request.with());
        String header;
        try {
            header = PromptBuilder.header(role, with);
        } catch (IllegalArgumentException e) {
            header = "";
        }
        long patterns = ToolRun.filePatterns(request, with.strings("files", true).orElse(null), List.of()).size();
        return (role.system().length() + header.length() + 3) / 4 + maxTokens(request, with)
                + patterns * TOKENS_PER_FILE_PATTERN;
    }

    /** Blocks for the provider call (bounded retries and timeouts); an interrupt cancels it. */
    @Override
    public AdapterResult execute(StepRequest request, StepContext context) throws InterruptedException {
        Params with = new Params(request.with());
        try {
            String provider = provider(with);
            if (!providers.hasKey(provider)) {
                return AdapterResult.failed(AiProviders.missingKey(provider));
            }
            List<String> patterns = ToolRun.filePatterns(request, with.strings("files", true).orElse(null), List.of());
            PromptBuilder.Prompt prompt = PromptBuilder.build(role, with, patterns, context.workspace());
            String model = with.string("model").orElse(providers.model(provider));
            AiResponse response = providers.client(provider).complete(new AiRequest(model, role.system(),
                    prompt.text(), maxTokens(request, with)));
            return result(request, context, prompt, response);
        } catch (AiUnauthorized e) {
            return AdapterResult.failed(e.getMessage() + "; check CLI_ORCHESTRATOR_"
                    + provider(with).toUpperCase(Locale.ROOT) + "_API_KEY");
        } catch (AiException | IOException | IllegalArgumentException e) {
            return AdapterResult.failed(e.getMessage());
        }
    }

    private String provider(Params with) {
        String explicit = with.string("provider").map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
        if (explicit != null) {
            if (!AiProviders.NAMES.contains(explicit)) {
                throw new IllegalArgumentException("unsupported provider: " + explicit + " (supported: anthropic, "
                        + "openai)");
            }
            return explicit;
        }
        String tool = with.string("tool").map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        return switch (tool) {
            case "anthropic", "claude" -> "anthropic";
            case "openai", "gpt", "chatgpt" -> "openai";
            case "", "aider" -> providers.defaultProvider();
            default -> throw new IllegalArgumentException("unsupported AI tool: " + tool
                    + " (this version calls the Anthropic or OpenAI API; set provider: anthropic or openai)");
        };
    }

    private static int maxTokens(StepRequest request, Params with) {
        long value = with.positive("max_tokens").orElseGet(() -> request.step().tokenLimit() != null
                ? request.step().tokenLimit() : DEFAULT_MAX_TOKENS);
        return (int) Math.min(value, Integer.MAX_VALUE);
    }

    private AdapterResult result(StepRequest request, StepContext context, PromptBuilder.Prompt prompt,
            AiResponse response) throws IOException {
        List<String> written = new ArrayList<>();
        String fallback = "artifacts/" + request.step().id() + "-response.md";
        for (String path : ToolRun.artifactPaths(request, fallback)) {
            written.add(Artifacts.writeText(context, path, response.text()));
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("provider", response.provider());
        metadata.put("model", response.model());
        metadata.put("prompt_tokens", response.inputTokens());
        metadata.put("completion_tokens", response.outputTokens());
        metadata.put("files_in_prompt", prompt.files());
        metadata.put("files_truncated", prompt.truncated());
        return new AdapterResult(true, response.totalTokens(), written, response.text(), null, metadata);
    }
}
