package dev.clio.ops.remote;

import dev.clio.integrations.api.ApiClient;
import dev.clio.integrations.api.EventStream;
import dev.clio.integrations.api.StreamListener;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.Resources;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A remote log tail: {@code event: log} lines go to the sink; {@code event: dropped} (this client lagged behind the
 * server's buffer) is logged. When the stream breaks, {@link #failure()} says why.
 */
public final class LogSubscription implements Operations.Subscription {

    private static final Logger LOG = LoggerFactory.getLogger(LogSubscription.class);

    private final EventStream stream;

    private LogSubscription(EventStream stream) {
        this.stream = stream;
    }

    static LogSubscription open(ApiClient api, Map<String, String> query, Consumer<Resources.LogEntry> sink) {
        return new LogSubscription(api.stream(RemotePaths.LOG_STREAM, query, new StreamListener() {
            @Override
            public void onEvent(String type, String data) {
                deliver(api, type, data, sink);
            }

            @Override
            public void onFailure(OpsException failure) {
                LOG.warn("log stream ended: {}", failure.getMessage());
            }
        }));
    }

    private static void deliver(ApiClient api, String type, String data, Consumer<Resources.LogEntry> sink) {
        try {
            switch (type) {
                case "log" -> sink.accept(api.read(
                        dev.clio.ops.OpsJson.mapper().readTree(data), Resources.LogEntry.class));
                case "dropped" -> LOG.warn("the server dropped log lines for this slow client: {}", data);
                default -> LOG.debug("ignoring stream event {}", type);
            }
        } catch (java.io.IOException | OpsException e) {
            LOG.warn("ignoring a log event that could not be read: {}", e.getMessage());
        }
    }

    /** True until closed or ended by the server or a failure. */
    public boolean isOpen() {
        return stream.isOpen();
    }

    /** Why the stream ended, or null while open or after a normal close. */
    public OpsException failure() {
        return stream.failure();
    }

    /** Cancels the request, which closes its connection; the server then closes its side. */
    @Override
    public void close() {
        stream.close();
    }
}
