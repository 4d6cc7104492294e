package dev.clio.server;

import dev.clio.ops.Operations;
import dev.clio.security.Caller;

/**
 * Gives the server an Operations view bound to the caller of one request, so that what a remediation records as its
 * actor is the authenticated key, not the server. Called once per request: a view must be cheap to obtain and must
 * not need closing (the server never closes it).
 */
@FunctionalInterface
public interface OperationsFactory {

    Operations forCaller(Caller caller);
}
