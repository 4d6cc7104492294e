package dev.clio.server;

import dev.clio.ops.RequestStats;
import dev.clio.security.SecurityGate;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How {@link ApiServer} runs. Build with {@link #builder(SecurityGate)}; every field but the security gate has a
 * default. The gate's access policy must agree with the route table: use {@link ServerSecurity#open} or
 * {@link ServerSecurity#policy()}.
 *
 * @param port 0 picks a free port
 * @param publicMetrics whether {@code /metrics} answers without a key; by default only when bound to loopback, so
 *     a local Prometheus can scrape it while a server exposed on the network needs a viewer key
 * @param gate authentication, limiter, monitor and the audit log that receives every mutating call
 * @param accessLog receives one record per finished request (writes {@code logs/access.log})
 * @param stats the request window that {@code metricsSummary} reads
 * @param heartbeat interval of SSE heartbeats, which is also how fast a vanished stream client is noticed
 */
public record ServerOptions(String bind, int port, SecurityGate gate,
        Consumer<AccessRecord> accessLog, PrometheusMeterRegistry registry,
        RequestStats stats, boolean publicMetrics, long maxBodyBytes, Duration heartbeat, int streamBuffer,
        int maxStreams, Clock clock) {

    public static final long DEFAULT_MAX_BODY = 1024 * 1024;

    public ServerOptions {
        Objects.requireNonNull(gate, "gate");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
    }

    public static Builder builder(SecurityGate gate) {
        return new Builder(gate);
    }

    /** True when {@code bind} names a loopback address (so only this machine can connect). */
    public static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Fills in the defaults. */
    public static final class Builder {
        private final SecurityGate gate;
        private String bind = "127.0.0.1";
        private int port = 8080;
        private Consumer<AccessRecord> accessLog = r -> { };
        private PrometheusMeterRegistry registry;
        private RequestStats stats;
        private Boolean publicMetrics;
        private long maxBodyBytes = DEFAULT_MAX_BODY;
        private Duration heartbeat = Duration.ofSeconds(15);
        private int streamBuffer = 1_000;
        private int maxStreams = 32;
        private Clock clock = Clock.systemUTC();

        private Builder(SecurityGate gate) {
            this.gate = gate;
        }

        public Builder bind(String value) {
            bind = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder accessLog(Consumer<AccessRecord> value) {
            accessLog = value;
            return this;
        }

        public Builder registry(PrometheusMeterRegistry value) {
            registry = value;
            return this;
        }

        public Builder stats(RequestStats value) {
            stats = value;
            return this;
        }

        public Builder publicMetrics(boolean value) {
            publicMetrics = value;
            return this;
        }

        public Builder maxBodyBytes(long value) {
            maxBodyBytes = value;
            return this;
        }

        public Builder heartbeat(Duration value) {
            heartbeat = value;
            return this;
        }

        public Builder streamBuffer(int value) {
            streamBuffer = value;
            return this;
        }

        public Builder maxStreams(int value) {
            maxStreams = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public ServerOptions build() {
            return new ServerOptions(bind, port, gate, accessLog,
                    registry != null ? registry : new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                    stats != null ? stats : new RequestStats(),
                    publicMetrics != null ? publicMetrics : isLoopback(bind), maxBodyBytes, heartbeat,
                    streamBuffer, maxStreams, clock);
        }
    }
}
