package dev.clio.ops;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Records of the container calls: the engine's containers as the runbook's {@code docker-compose ps},
 * {@code docker stats} and {@code docker-compose logs} show them. Embedded, the engine is the one the workspace's
 * {@code docker_host} names; remote, the server host's.
 */
public final class Containers {

    /** What a container name or id may look like (Docker's own rule, plus the id's hex). */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");
    /** The most lines one log read returns. */
    public static final int MAX_TAIL = 10_000;

    private Containers() {
    }

    /**
     * One container.
     *
     * @param state created, running, paused, restarting, exited, dead ...
     * @param health healthy, unhealthy, starting, or none (no health check)
     * @param status the engine's text: {@code Up 5 minutes}, {@code Exited (0) 2 hours ago}
     * @param uptimeSeconds seconds since it started while running, else null
     * @param composeProject the {@code com.docker.compose.project} label (Podman's own when that is absent), or null
     */
    public record Container(String id, String name, String image, String state, String health, String status,
            Instant createdAt, Instant startedAt, Long uptimeSeconds, int restartCount, String composeProject) {

        public boolean running() {
            return "running".equals(state);
        }
    }

    /**
     * A stats sample of a running container (Docker's formulas).
     *
     * @param cpuPercent CPU delta / system delta x online CPUs x 100 (100 = one CPU); null without a second sample
     * @param memoryUsedBytes usage minus page cache
     * @param memoryPercent used / limit x 100, null without a limit
     */
    public record Stats(String id, String name, Double cpuPercent, long memoryUsedBytes, long memoryLimitBytes,
            Double memoryPercent, long netRxBytes, long netTxBytes, long blockReadBytes, long blockWriteBytes,
            Instant measuredAt) {
    }

    /**
     * Which log lines to read.
     *
     * @param tail the last N lines (1 to {@value #MAX_TAIL}); 0 for the default: 100 for a read, none of the past
     *     lines for a stream
     * @param since only lines after this instant, or null
     */
    public record LogQuery(int tail, Instant since, boolean stdout, boolean stderr) {

        public static LogQuery tail(int lines) {
            return new LogQuery(lines, null, true, true);
        }
    }

    /** One line a container wrote; {@code stream} is stdout or stderr. */
    public record LogLine(Instant timestamp, String stream, String text) {

        public boolean stderr() {
            return "stderr".equals(stream);
        }
    }

    /** @throws OpsException INVALID_REQUEST when the text cannot name a container */
    public static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            String shown = name == null ? "" : name.replaceAll("\\p{Cntrl}", "?");
            throw OpsException.invalid("container: '" + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown)
                    + "' is not a container name or id (letters, digits, '_', '.', '-'; at most 128)");
        }
        return name;
    }

    /** @throws OpsException INVALID_REQUEST for a tail outside 0 to {@value #MAX_TAIL} */
    public static LogQuery check(LogQuery query) {
        LogQuery q = query == null ? LogQuery.tail(0) : query;
        if (q.tail() < 0 || q.tail() > MAX_TAIL) {
            throw OpsException.invalid("tail: " + q.tail() + " is not between 1 and " + MAX_TAIL);
        }
        if (!q.stdout() && !q.stderr()) {
            throw OpsException.invalid("stdout and stderr are both off: nothing would be shown");
        }
        return q;
    }
}
