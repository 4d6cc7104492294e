package dev.clio.engine.adapter;

import java.util.List;
import java.util.Optional;

/**
 * What the validator, the router and the editor know about an adapter without running it.
 *
 * @param deterministicAlternative the adapter an AI actor routes to under {@code prefer_deterministic}, or null
 * @param acceptsAnyParams true when the adapter passes unknown {@code with} keys through (no "unknown parameter"
 *     warning)
 */
public record AdapterSpec(
        String name,
        AdapterType type,
        String description,
        List<ParamSpec> params,
        String deterministicAlternative,
        boolean acceptsAnyParams) {

    public AdapterSpec {
        params = List.copyOf(params);
    }

    public Optional<ParamSpec> param(String key) {
        return params.stream().filter(p -> p.name().equals(key)).findFirst();
    }
}
