package dev.clio.engine.adapter.builtin;

import dev.clio.engine.adapter.Adapter;
import dev.clio.engine.adapter.AdapterResult;
import dev.clio.engine.adapter.AdapterSpec;
import dev.clio.engine.adapter.Availability;
import dev.clio.engine.adapter.StepContext;
import dev.clio.engine.adapter.StepRequest;

/** A catalog adapter this version does not provide; listed so that users see why. */
public final class UnavailableAdapter implements Adapter {

    private final AdapterSpec spec;
    private final String reason;

    public UnavailableAdapter(AdapterSpec spec, String reason) {
        this.spec = spec;
        this.reason = reason;
    }

    @Override
    public AdapterSpec spec() {
        return spec;
    }

    @Override
    public Availability availability() {
        return Availability.unavailable(reason);
    }


    @Override
    public AdapterResult execute(StepRequest request, StepContext context) {
        return AdapterResult.failed("adapter not available: " + spec.name() + " (" + reason + ")");
    }
}
