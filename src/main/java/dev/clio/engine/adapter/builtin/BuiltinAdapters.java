package dev.clio.engine.adapter.builtin;

import dev.clio.engine.adapter.Adapter;
import dev.clio.engine.adapter.AdapterSettings;
import dev.clio.engine.adapter.AdapterSpec;
import dev.clio.engine.adapter.BuiltinAdapterSpecs;
import dev.clio.engine.adapter.shell.ShellAdapter;
import dev.clio.engine.adapter.verify.VerifierAdapter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds one adapter per {@link BuiltinAdapterSpecs} entry, in catalog order. */
public final class BuiltinAdapters {

    private BuiltinAdapters() {
    }

    public static List<Adapter> create(AdapterSettings settings) {
        Map<String, Function<AdapterSpec, Adapter>> factories = factories(settings);
        List<Adapter> adapters = new ArrayList<>();
        for (AdapterSpec spec : BuiltinAdapterSpecs.catalog().specs()) {
            adapters.add(factories.getOrDefault(spec.name(), BuiltinAdapters::notProvided).apply(spec));
        }
        return adapters;
    }

    private static Map<String, Function<AdapterSpec, Adapter>> factories(AdapterSettings settings) {
        Map<String, Function<AdapterSpec, Adapter>> factories = new HashMap<>();
        factories.put("shell", spec -> new ShellAdapter());
        factories.put("verifier", spec -> new VerifierAdapter());
        return factories;
    }

    private static Adapter notProvided(AdapterSpec spec) {
        return new UnavailableAdapter(spec, spec.name() + " is not provided by this version");
    }
}
