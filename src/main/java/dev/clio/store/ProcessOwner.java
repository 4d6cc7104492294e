package dev.clio.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The process that records an execution: host name, pid and the process's start time (which tells a live process
 * from a later one that reused the pid).
 */
public record ProcessOwner(String host, long pid, Instant startedAt) {

    private static final Duration START_TOLERANCE = Duration.ofSeconds(1);

    public static ProcessOwner current() {
        ProcessHandle self = ProcessHandle.current();
        Instant start = self.info().startInstant().map(at -> at.truncatedTo(ChronoUnit.MILLIS)).orElse(null);
        return new ProcessOwner(localHost(), self.pid(), start);
    }

    /** True when this owner is a process that is still alive on the host we run on. */
    boolean isAliveHere(String thisHost) {
        if (!host.equals(thisHost)) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        Optional<Instant> start = process.get().info().startInstant();
        return startedAt == null || start.isEmpty()
                || Duration.between(start.get(), startedAt).abs().compareTo(START_TOLERANCE) <= 0;
    }

    /** This host's name, looked up once: the lookup can be slow where name resolution is misconfigured. */
    static String localHost() {
        return LocalHost.NAME;
    }

    private static final class LocalHost {
        static final String NAME = lookup();

        private static String lookup() {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "localhost";
            }
        }
    }
}
