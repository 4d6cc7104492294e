package dev.clio.engine.run;

import dev.clio.engine.adapter.StepRequest;

/** Decides which adapter runs a step; the runner asks just before the step would start. */
@FunctionalInterface
public interface StepRouter {

    /** Never throws for an unknown actor: returns an unavailable route with the reason instead. */
    Route route(StepRequest request, boolean preferDeterministic);
}
