package dev.clio.runbook;

import dev.clio.ops.Operations;
import dev.clio.ops.embedded.EmbeddedEngine;
import dev.clio.security.Caller;
import dev.clio.security.Role;

/** The built-ins' investigations in process, over SQLite, as a viewer. */
class EmbeddedBuiltinInvestigationsTest extends BuiltinInvestigationsContract {

    @Override
    protected Operations viewer(EmbeddedEngine e) {
        return e.operations(Caller.key("viewer00", Role.VIEWER, "127.0.0.1"));
    }
}
