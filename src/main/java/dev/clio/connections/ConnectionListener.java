package dev.clio.connections;

/** Told of every change of a connection's status (state, problem, last refresh), on the machine's executor. */
@FunctionalInterface
public interface ConnectionListener {

    void changed(ConnectionStatus previous, ConnectionStatus current);
}
