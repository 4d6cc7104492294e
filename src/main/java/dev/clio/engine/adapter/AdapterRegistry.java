package dev.clio.engine.adapter;

import dev.clio.engine.adapter.builtin.BuiltinAdapters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The adapters that can run steps, by name. Immutable and thread-safe once built.
 */
public final class AdapterRegistry implements AdapterCatalog {

    private final Map<String, Adapter> adapters;

    private AdapterRegistry(Collection<? extends Adapter> adapters) {
        Map<String, Adapter> byName = new LinkedHashMap<>();
        for (Adapter adapter : adapters) {
            if (byName.putIfAbsent(adapter.name(), adapter) != null) {
                throw new IllegalArgumentException("adapter registered twice: " + adapter.name());
            }
        }
        this.adapters = byName;
    }

    /**
     * Every built-in adapter. {@code settings} are configuration keys such as {@code anthropic_api_key},
     * {@code anthropic_base_url}, {@code anthropic_model}, {@code openai_api_key}, {@code openai_base_url},
     * {@code openai_model}, {@code ai_provider} (the lower-case names of {@code CLI_ORCHESTRATOR_*} variables without
     * the prefix); the plain {@code ANTHROPIC_API_KEY} / {@code OPENAI_API_KEY} environment variables are used when a
     * key is missing. Cheap: tools are probed lazily, on the first availability check.
     */
    public static AdapterRegistry defaults(Map<String, String> settings) {
        return new AdapterRegistry(BuiltinAdapters.create(AdapterSettings.withEnvironment(settings)));
    }

    /** A registry of exactly these adapters, for tests and benchmarks. */
    public static AdapterRegistry of(Adapter... adapters) {
        return new AdapterRegistry(List.of(adapters));
    }

    public Optional<Adapter> adapter(String name) {
        return Optional.ofNullable(name == null ? null : adapters.get(name));
    }

    /** The registered adapters in registration order. */
    public Collection<Adapter> adapters() {
        return List.copyOf(adapters.values());
    }

    /** A registered adapter's spec, else the built-in entry of that name. */
    @Override
    public Optional<AdapterSpec> spec(String name) {
        return adapter(name).map(Adapter::spec).or(() -> BuiltinAdapterSpecs.catalog().spec(name));
    }

    /** The specs of the registered adapters, then the built-in specs no registered adapter overrides. */
    @Override
    public Collection<AdapterSpec> specs() {
        List<AdapterSpec> all = new ArrayList<>();
        adapters.values().forEach(a -> all.add(a.spec()));
        BuiltinAdapterSpecs.catalog().specs().stream().filter(s -> !adapters.containsKey(s.name())).forEach(all::add);
        return List.copyOf(all);
    }
}
