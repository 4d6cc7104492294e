package dev.clio.integrations.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.clio.ops.OpsException;
import dev.clio.ops.OpsJson;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The OkHttp gateway to one server's HTTP API: JSON in and out through {@link OpsJson}, the API key only in the
 * {@code X-API-Key} header, every failure an {@link OpsException}, idempotent calls retried with backoff per
 * {@link RetryPolicy}. Server-sent event streams run on a separate client with its own dispatcher and connection
 * pool (see {@link EventStreams}), so open log tails never hold up ordinary calls.
 *
 * <p>Thread-safe; one instance per server and key. Every call blocks on the network, bounded by the configured
 * connect, read and call timeouts (times the retry attempts for GET and PUT).
 */
public final class ApiClient implements AutoCloseable {

    static final String KEY_HEADER = "X-API-Key";
    private static final MediaType JSON = MediaType.get("application/json");
    /** Far above any answer of the API (1,000 log lines); a bigger one is not the API, and must not exhaust memory. */
    static final long MAX_ANSWER_BYTES = 32L * 1024 * 1024;
    /** One connection pool and dispatcher for every ApiClient of the process, as OkHttp recommends. */
    private static final OkHttpClient SHARED = new OkHttpClient();

    private final ApiClientConfig config;
    private final OkHttpClient http;
    private final EventStreams streams;

    private ApiClient(ApiClientConfig config) {
        this.config = config;
        OkHttpClient.Builder b = SHARED.newBuilder().connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout()).writeTimeout(config.readTimeout())
                .callTimeout(config.callTimeout()).retryOnConnectionFailure(false).followRedirects(false);
        if (config.caCertificate() != null) {
            TrustedCa ca = TrustedCa.fromPem(config.caCertificate());
            b.sslSocketFactory(ca.socketFactory(), ca.trustManager());
        }
        this.http = b.build();
        this.streams = new EventStreams(http, config);
    }

    /**
     * @throws OpsException INVALID_REQUEST when the CA certificate file cannot be used
     */
    public static ApiClient open(ApiClientConfig config) {
        return new ApiClient(config);
    }

    public ApiClientConfig config() {
        return config;
    }

    /**
     * A GET; {@code alsoAccept} lists error statuses whose body is a result (health answers 503 with its report).
     * Null query values are left out.
     */
    public ApiResponse get(String path, Map<String, String> query, int... alsoAccept) {
        Request request = request(path, query).get().build();
        return send(request, accepted(alsoAccept));
    }

    /** A POST with {@code body} as JSON (an empty object when null); never retried. */
    public ApiResponse post(String path, Object body) {
        return send(request(path, Map.of()).post(json(body)).build(), Set.of());
    }

    /** A PUT with {@code body} as JSON; retried like a GET, since setting a value twice is setting it once. */
    public ApiResponse put(String path, Object body) {
        return send(request(path, Map.of()).put(json(body)).build(), Set.of());
    }

    /**
     * Opens a server-sent event stream on the stream client and returns once the server has accepted it.
     *
     * @throws OpsException when the server refuses the stream or cannot be reached
     */
    public EventStream stream(String path, Map<String, String> query, StreamListener listener) {
        return streams.open(request(path, query).get().header("Accept", "text/event-stream").build(), listener);
    }

    /** Converts a JSON body to a record of the Operations model. */
    public <T> T read(JsonNode node, Class<T> type) {
        try {
            return OpsJson.mapper().treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new OpsException(OpsException.Kind.INTERNAL, "The server at " + config.origin() + " answered in "
                    + "a shape this client does not understand (" + type.getSimpleName() + "): "
                    + firstLine(e.getMessage()) + "; are client and server the same version?", e);
        }
    }

    /** Cancels open streams and frees their threads; ordinary connections stay pooled for other clients. */
    @Override
    public void close() {
        streams.close();
    }

    private ApiResponse send(Request request, Set<Integer> accept) {
        RetryPolicy retry = config.retry();
        for (int attempt = 1; ; attempt++) {
            try {
                return once(request, accept);
            } catch (OpsException e) {
                if (!retry.retries(request.method(), attempt, e)) {
                    throw e;
                }
                pause(retry.backoff(attempt), e);
            }
        }
    }

    private ApiResponse once(Request request, Set<Integer> accept) {
        String what = what(request);
        try (Response response = http.newCall(request).execute()) {
            String text = text(response.body(), what);
            int status = response.code();
            if (response.isSuccessful() || accept.contains(status)) {
                return new ApiResponse(status, parse(text, what));
            }
            if (response.isRedirect()) {
                // not followed: OkHttp would carry the X-API-Key header to wherever the redirect points
                throw new OpsException(OpsException.Kind.INVALID_REQUEST, "The server at " + config.origin()
                        + " redirects " + what + " to " + response.header("Location") + "; connect to that address "
                        + "instead if you trust it");
            }
            throw ErrorMapping.fromResponse(config.origin(), what, status, text, response.header("Retry-After"));
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                // the caller gave up (a cancelled console task): neither a timeout nor worth a retry
                throw new OpsException(OpsException.Kind.UNAVAILABLE, "Interrupted while waiting for the server at "
                        + config.origin() + " (" + what + ")", e);
            }
            throw ErrorMapping.fromIo(config.origin(), what, e);
        }
    }

    private String text(ResponseBody body, String what) throws IOException {
        if (body.source().request(MAX_ANSWER_BYTES + 1)) {
            throw new OpsException(OpsException.Kind.INTERNAL, "The server at " + config.origin() + " answered "
                    + what + " with more than " + MAX_ANSWER_BYTES / (1024 * 1024) + " MiB; is " + config.origin()
                    + " the orchestrator's API?");
        }
        return body.string();
    }

    private JsonNode parse(String text, String what) {
        if (text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return OpsJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new OpsException(OpsException.Kind.INTERNAL, "The server at " + config.origin()
                    + " answered " + what + " with something that is not JSON; is " + config.origin()
                    + " the orchestrator's API?", e);
        }
    }

    private Request.Builder request(String path, Map<String, String> query) {
        HttpUrl base = HttpUrl.get(config.origin() + path);
        HttpUrl.Builder url = base.newBuilder();
        query.forEach((k, v) -> {
            if (v != null) {
                url.addQueryParameter(k, v);
            }
        });
        Request.Builder b = new Request.Builder().url(url.build()).header("Accept", "application/json");
        if (config.apiKey() != null && !config.apiKey().isBlank()) {
            b.header(KEY_HEADER, config.apiKey());
        }
        return b;
    }

    private static RequestBody json(Object body) {
        try {
            byte[] bytes = body == null ? "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)
                    : OpsJson.mapper().writeValueAsBytes(body);
            return RequestBody.create(bytes, JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("request body is not serialisable: " + e.getMessage(), e);
        }
    }

    private static void pause(Duration backoff, OpsException cause) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    private static Set<Integer> accepted(int... statuses) {
        return java.util.Arrays.stream(statuses).boxed().collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    static String what(Request request) {
        return request.method() + " " + request.url().encodedPath();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
