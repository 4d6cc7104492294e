package dev.clio.ops.embedded;

import dev.clio.ops.Operations;
import dev.clio.ops.OperationsContract;
import dev.clio.security.Caller;

/** The Operations contract against the in-process engine. */
class EmbeddedOperationsContractTest extends OperationsContract {

    @Override
    protected Operations operations(Caller caller) {
        return engine().operations(caller);
    }
}
