package dev.clio.engine.adapter.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a cost file's {@code total_estimated_tokens} and {@code estimated_cost_usd} with {@code max_tokens} and
 * {@code max_usd}. A missing file or a missing figure for a given limit fails.
 */
final class TokenBudgetGate implements Gate {

    @Override
    public GateResult check(GateSpec gate, GateFiles files) throws IOException {
        String path = files.pathOf(gate, List.of("tokens_file", "from", "artifact"), "ai-cost.json");
        JsonNode cost;
        try {
            cost = files.readTree(path);
        } catch (NoSuchFileException e) {
            return GateResult.fail(gate, "token file not found: " + path);
        }
        Optional<Long> maxTokens = gate.params().integer("max_tokens");
        Optional<Double> maxUsd = gate.params().number("max_usd");
        if (maxTokens.isEmpty() && maxUsd.isEmpty()) {
            return GateResult.fail(gate, "token_budget needs max_tokens or max_usd");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("tokens_file", path);
        if (maxTokens.isPresent()) {
            if (!cost.path("total_estimated_tokens").isNumber()) {
                return GateResult.fail(gate, path + " has no numeric total_estimated_tokens");
            }
            long tokens = cost.get("total_estimated_tokens").asLong();
            details.put("tokens", tokens);
            if (tokens > maxTokens.get()) {
                return GateResult.fail(gate, "token budget exceeded: " + tokens + " > " + maxTokens.get(), details);
            }
        }
        if (maxUsd.isPresent()) {
            if (!cost.path("estimated_cost_usd").isNumber()) {
                return GateResult.fail(gate, path + " has no numeric estimated_cost_usd");
            }
            double usd = cost.get("estimated_cost_usd").asDouble();
            details.put("usd", usd);
            if (usd > maxUsd.get()) {
                return GateResult.fail(gate, String.format(Locale.ROOT, "USD budget exceeded: $%.4f > $%.4f", usd,
                        maxUsd.get()), details);
            }
        }
        return GateResult.pass(gate, "within budget", details);
    }
}
