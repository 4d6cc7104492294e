package dev.clio.engine.workflow.assist;

import dev.clio.engine.adapter.AdapterCatalog;
import dev.clio.engine.adapter.AdapterSpec;
import dev.clio.engine.adapter.BuiltinAdapterSpecs;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The actors the assistance offers: a catalog's specs, with availability once the adapter list is known. */
public record Vocabulary(List<ActorInfo> actors) {

    /** Whether an adapter can run and why not; the console builds these from {@code Operations.adapters()}. */
    public record Availability(boolean available, String reason) {
    }

    public Vocabulary {
        actors = List.copyOf(actors);
    }

    public static Vocabulary builtin() {
        return of(BuiltinAdapterSpecs.catalog(), Map.of());
    }

    /** Actors of {@code catalog}; those named in {@code availability} carry it, the others show none. */
    public static Vocabulary of(AdapterCatalog catalog, Map<String, Availability> availability) {
        return new Vocabulary(catalog.specs().stream().map(spec -> {
            Availability a = availability.get(spec.name());
            return a == null ? new ActorInfo(spec, null, "") : new ActorInfo(spec, a.available(), a.reason());
        }).toList());
    }

    public Optional<ActorInfo> actor(String name) {
        return actors.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return actors.stream().map(ActorInfo::name).toList();
    }

    List<AdapterSpec> specs() {
        return actors.stream().map(ActorInfo::spec).toList();
    }
}
