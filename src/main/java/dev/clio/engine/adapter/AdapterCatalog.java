package dev.clio.engine.adapter;

import java.util.Collection;
import java.util.Optional;

/** The names and parameters of the adapters, as the validator sees them. */
public interface AdapterCatalog {

    Optional<AdapterSpec> spec(String name);

    Collection<AdapterSpec> specs();
}
