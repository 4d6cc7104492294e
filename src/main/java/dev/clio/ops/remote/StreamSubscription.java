package dev.clio.ops.remote;

import dev.clio.integrations.api.ApiClient;
import dev.clio.integrations.api.EventStream;
import dev.clio.integrations.api.StreamListener;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.OpsJson;
import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A remote stream of records other than the engine log (a container's log): events of one name become records for
 * the sink; {@code event: end} (the source ended, a container stopped) and a broken connection end it.
 */
public final class StreamSubscription implements Operations.Subscription {

    private static final Logger LOG = LoggerFactory.getLogger(StreamSubscription.class);

    private final EventStream stream;

    private StreamSubscription(EventStream stream) {
        this.stream = stream;
    }

    static <T> StreamSubscription open(ApiClient api, String path, Map<String, String> query, String eventName,
            Class<T> type, Consumer<T> sink) {
        EventStream[] self = new EventStream[1];
        EventStream stream = api.stream(path, query, new StreamListener() {
            @Override
            public void onEvent(String event, String data) {
                if (event.equals(eventName)) {
                    try {
                        sink.accept(api.read(OpsJson.mapper().readTree(data), type));
                    } catch (IOException | OpsException e) {
                        LOG.warn("ignoring a stream event that could not be read: {}", e.getMessage());
                    }
                } else if (event.equals("dropped")) {
                    LOG.warn("the server dropped lines for this slow client: {}", data);
                } else if (event.equals("end") && self[0] != null) {
                    self[0].close();
                }
            }

            @Override
            public void onFailure(OpsException failure) {
                LOG.warn("stream {} ended: {}", path, failure.getMessage());
            }
        });
        self[0] = stream;
        return new StreamSubscription(stream);
    }

    @Override
    public boolean isOpen() {
        return stream.isOpen();
    }

    /** Why the stream ended, or null while open or after a normal end. */
    public OpsException failure() {
        return stream.failure();
    }

    @Override
    public void close() {
        stream.close();
    }
}
