package dev.clio.server;

import dev.clio.ops.RequestStats;
import dev.clio.ops.Resources;
import dev.clio.security.ApiKeyService;
import dev.clio.security.FailedAuthLimiter;
import dev.clio.security.LimiterSettings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How {@link ApiServer} runs. Build with {@link #builder(ApiKeyService)}; every field but the key service has a
 * default.
 *
 * @param port 0 picks a free port
 * @param publicMetrics whether {@code /metrics} answers without a key; by default only when bound to loopback, so
 *     a local Prometheus can scrape it while a server exposed on the network needs a viewer key
 * @param accessLog receives one record per finished request (writes {@code logs/access.log})
 * @param audit receives one record per mutating call, failed authentication and permission denial
 * @param stats the request window that {@code metricsSummary} reads
 * @param heartbeat interval of SSE heartbeats, which is also how fast a vanished stream client is noticed
 */
public record ServerOptions(String bind, int port, ApiKeyService keys, FailedAuthLimiter limiter,
        Consumer<AccessRecord> accessLog, Consumer<Resources.AuditEntry> audit, PrometheusMeterRegistry registry,
        RequestStats stats, boolean publicMetrics, long maxBodyBytes, Duration heartbeat, int streamBuffer,
        int maxStreams, Clock clock) {

    public static final long DEFAULT_MAX_BODY = 1024 * 1024;

    public ServerOptions {
        Objects.requireNonNull(keys, "keys");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
    }

    public static Builder builder(ApiKeyService keys) {
        return new Builder(keys);
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
        private final ApiKeyService keys;
        private String bind = "127.0.0.1";
        private int port = 8080;
        private FailedAuthLimiter limiter;
        private Consumer<AccessRecord> accessLog = r -> { };
        private Consumer<Resources.AuditEntry> audit = e -> { };
        private PrometheusMeterRegistry registry;
        private RequestStats stats;
        private Boolean publicMetrics;
        private long maxBodyBytes = DEFAULT_MAX_BODY;
        private Duration heartbeat = Duration.ofSeconds(15);
        private int streamBuffer = 1_000;
        private int maxStreams = 32;
        private Clock clock = Clock.systemUTC();

        private Builder(ApiKeyService keys) {
            this.keys = keys;
        }

        public Builder bind(String value) {
            bind = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder limiter(FailedAuthLimiter value) {
            limiter = value;
            return this;
        }

        public Builder accessLog(Consumer<AccessRecord> value) {
            accessLog = value;
            return this;
        }

        public Builder audit(Consumer<Resources.AuditEntry> value) {
            audit = value;
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
            return new ServerOptions(bind, port, keys,
                    limiter != null ? limiter : new FailedAuthLimiter(LimiterSettings.defaults()), accessLog, audit,
                    registry != null ? registry : new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                    stats != null ? stats : new RequestStats(),
                    publicMetrics != null ? publicMetrics : isLoopback(bind), maxBodyBytes, heartbeat,
                    streamBuffer, maxStreams, clock);
        }
    }
}
