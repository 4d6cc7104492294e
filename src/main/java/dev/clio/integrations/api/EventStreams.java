package dev.clio.integrations.api;

import dev.clio.common.concurrent.Threads;
import dev.clio.ops.OpsException;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;

/**
 * Server-sent event streams on a client of their own: its own dispatcher (so the per-host limit of ordinary calls is
 * never used up by long-lived streams), its own connection pool, no call timeout, and a read timeout that counts a
 * stream silent for longer than a few server heartbeats as lost.
 */
final class EventStreams implements AutoCloseable {

    /** Streams one client may hold open at once; the server's own default limit is 32. */
    static final int MAX_STREAMS = 32;

    private final ExecutorService threads = Threads.elastic("api-stream", MAX_STREAMS + 16);
    private final OkHttpClient client;
    private final ApiClientConfig config;
    private final Set<Subscription> open = ConcurrentHashMap.newKeySet();

    EventStreams(OkHttpClient base, ApiClientConfig config) {
        Dispatcher dispatcher = new Dispatcher(threads);
        dispatcher.setMaxRequests(MAX_STREAMS);
        dispatcher.setMaxRequestsPerHost(MAX_STREAMS);
        this.client = base.newBuilder().dispatcher(dispatcher).connectionPool(new ConnectionPool())
                .readTimeout(config.streamReadTimeout()).callTimeout(Duration.ZERO).build();
        this.config = config;
    }

    /** Blocks until the server accepted the stream, at most the connect plus read timeout. */
    Subscription open(Request request, StreamListener listener) {
        Subscription s = new Subscription(listener, ApiClient.what(request));
        s.source = EventSources.createFactory(client).newEventSource(request, s);
        open.add(s);
        s.awaitOpen(config.connectTimeout().plus(config.readTimeout()));
        return s;
    }

    @Override
    public void close() {
        open.forEach(Subscription::close);
        client.connectionPool().evictAll();
        Threads.shutdown(threads, 1_000);
    }

    /** One open stream. Closing it cancels the call, which closes its connection at once. */
    final class Subscription extends EventSourceListener implements EventStream {

        private final StreamListener listener;
        private final String what;
        private final CompletableFuture<Void> opened = new CompletableFuture<>();
        private final AtomicBoolean closed = new AtomicBoolean();
        private volatile EventSource source;
        private volatile OpsException failure;

        private Subscription(StreamListener listener, String what) {
            this.listener = listener;
            this.what = what;
        }

        @Override
        public boolean isOpen() {
            return !closed.get();
        }

        @Override
        public OpsException failure() {
            return failure;
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                source.cancel();
                open.remove(this);
            }
        }

        @Override
        public void onOpen(EventSource eventSource, Response response) {
            opened.complete(null);
        }

        @Override
        public void onEvent(EventSource eventSource, String id, String type, String data) {
            if (!closed.get()) {
                listener.onEvent(type == null ? "message" : type, data);
            }
        }

        @Override
        public void onClosed(EventSource eventSource) {
            if (closed.compareAndSet(false, true)) {
                open.remove(this);
                listener.onClosed();
            }
        }

        @Override
        public void onFailure(EventSource eventSource, Throwable t, Response response) {
            OpsException e = map(t, response);
            // before it opened, the failure is thrown to the caller of open(), not reported twice
            boolean wasOpen = !opened.completeExceptionally(e);
            if (closed.compareAndSet(false, true)) {
                open.remove(this);
                failure = e;
                if (wasOpen) {
                    listener.onFailure(e);
                }
            }
        }

        private OpsException map(Throwable t, Response response) {
            if (response != null && !response.isSuccessful()) {
                return ErrorMapping.fromResponse(config.origin(), what, response.code(), body(response),
                        response.header("Retry-After"));
            }
            boolean wasOpen = opened.isDone() && !opened.isCompletedExceptionally();
            if (wasOpen && t instanceof java.io.InterruptedIOException) {
                return new OpsException(OpsException.Kind.TIMEOUT, "The log stream from " + config.origin()
                        + " went silent: nothing arrived for " + config.streamReadTimeout().toSeconds()
                        + " s, not even a heartbeat");
            }
            if (wasOpen && t instanceof IOException) {
                return new OpsException(OpsException.Kind.UNAVAILABLE, "The log stream from " + config.origin()
                        + " broke off: the connection closed (the server stopped, or something between cut it)", t);
            }
            if (t instanceof IOException io) {
                return ErrorMapping.fromIo(config.origin(), what, io);
            }
            return new OpsException(OpsException.Kind.UNAVAILABLE, "The log stream from " + config.origin()
                    + " broke off: " + (t == null ? "the server did not answer with an event stream" : t.getMessage()));
        }

        private static String body(Response response) {
            try {
                return response.body().string();
            } catch (IOException | IllegalStateException e) {
                return "";
            }
        }

        private void awaitOpen(Duration limit) {
            try {
                opened.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                close();
                throw (OpsException) e.getCause();
            } catch (TimeoutException e) {
                close();
                throw new OpsException(OpsException.Kind.TIMEOUT, "The server at " + config.origin()
                        + " did not open the log stream within " + limit.toSeconds() + " s");
            } catch (InterruptedException e) {
                close();
                Thread.currentThread().interrupt();
                throw new OpsException(OpsException.Kind.UNAVAILABLE, "Interrupted while opening the log stream");
            }
        }
    }
}
