package dev.clio.connections;

import dev.clio.ops.Health;
import dev.clio.ops.OpsException;
import java.time.Duration;

/**
 * What one probe says about the connection: the state it should be in and why.
 *
 * @param answered whether the service answered a health report (its last refresh time moves on)
 */
record ProbeVerdict(ConnectionState state, ConnectionProblem problem, boolean answered) {

    /** The verdict of a probe that answered {@code report} after {@code latency}. */
    static ProbeVerdict answered(Health.Report report, Duration latency, MonitorTimings timings) {
        if (!"healthy".equals(report.status())) {
            return new ProbeVerdict(ConnectionState.DEGRADED, ConnectionProblem.unhealthy(report.status(),
                    report.message()), true);
        }
        if (latency.compareTo(timings.slow()) > 0) {
            return new ProbeVerdict(ConnectionState.DEGRADED, ConnectionProblem.slow(latency.toMillis()), true);
        }
        return new ProbeVerdict(ConnectionState.CONNECTED, null, true);
    }

    /** The verdict of a probe that failed; a server that limits the rate still answers, so it is only degraded. */
    static ProbeVerdict failed(Throwable failure) {
        ConnectionProblem problem = ConnectionProblem.of(failure);
        boolean limited = failure instanceof OpsException e && e.kind() == OpsException.Kind.RATE_LIMITED;
        return new ProbeVerdict(limited ? ConnectionState.DEGRADED : ConnectionState.DISCONNECTED, problem, false);
    }
}
