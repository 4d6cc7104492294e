package dev.clio.connections;

import dev.clio.ops.Operations;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * An opened profile: the Operations every panel calls, and the probe its monitor runs (for a remote server a second
 * client with short timeouts and no retries, so a lost server shows quickly while long calls keep their patience).
 * Closing it closes both.
 */
public final class Connection implements AutoCloseable {

    private final ConnectionProfile profile;
    private final Operations operations;
    private final Operations probeOperations;
    private final Probe probe;

    Connection(ConnectionProfile profile, Operations operations, Operations probeOperations, boolean checkKey) {
        this.profile = profile;
        this.operations = operations;
        this.probeOperations = probeOperations;
        this.probe = new OperationsProbe(probeOperations, checkKey);
    }

    public ConnectionProfile profile() {
        return profile;
    }

    public Operations operations() {
        return operations;
    }

    public Probe probe() {
        return probe;
    }

    /**
     * Starts monitoring this connection with the default timings; close the monitor before the connection.
     *
     * @param notifier runs the state listeners (the console passes {@code Platform::runLater})
     */
    public ConnectionMonitor monitor(Executor notifier) {
        return monitor(notifier, MonitorTimings.defaults());
    }

    public ConnectionMonitor monitor(Executor notifier, MonitorTimings timings) {
        ConnectionMonitor monitor = ConnectionMonitor.create(probe, new ConnectionStateMachine(notifier,
                Clock.systemUTC()), timings);
        monitor.start();
        return monitor;
    }

    @Override
    public void close() {
        try {
            operations.close();
        } finally {
            if (probeOperations != operations) {
                probeOperations.close();
            }
        }
    }
}
