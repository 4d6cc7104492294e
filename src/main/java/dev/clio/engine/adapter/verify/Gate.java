package dev.clio.engine.adapter.verify;

import java.io.IOException;

/** One kind of quality gate. Implementations are stateless apart from caches. */
interface Gate {

    /** Checks the gate; a missing or unreadable input fails the gate with an explanation. */
    GateResult check(GateSpec gate, GateFiles files) throws IOException, InterruptedException;
}
