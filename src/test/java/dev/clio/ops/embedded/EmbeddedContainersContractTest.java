package dev.clio.ops.embedded;

import dev.clio.ops.ContainersContract;
import dev.clio.ops.Operations;
import dev.clio.security.Caller;

/** The container calls of the contract in-process, against the real Podman engine. */
class EmbeddedContainersContractTest extends ContainersContract {

    @Override
    protected Operations operations(Caller caller) {
        return engine().operations(caller);
    }
}
