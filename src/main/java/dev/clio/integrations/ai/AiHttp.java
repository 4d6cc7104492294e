package dev.clio.integrations.ai;

import dev.clio.common.concurrent.Threads;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The one OkHttp client of the AI gateway (connection pool and dispatcher shared by every provider), and a blocking
 * POST that an interrupt can cancel: OkHttp's own blocking call ignores interrupts while it waits on a socket.
 */
public final class AiHttp {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final int MAX_CONCURRENT = 16;
    private static final AiHttp SHARED = new AiHttp(new OkHttpClient.Builder()
            .dispatcher(dispatcher())
            .connectTimeout(Duration.ofSeconds(10))
            .writeTimeout(Duration.ofSeconds(30))
            .readTimeout(Duration.ofSeconds(120))
            .build());

    private final OkHttpClient client;

    private AiHttp(OkHttpClient client) {
        this.client = client;
    }

    /** The shared client: 10 s connect, 30 s write, 120 s read timeout. */
    public static AiHttp shared() {
        return SHARED;
    }

    /** The shared pool and dispatcher with other timeouts (tests, slow self-hosted endpoints). */
    public static AiHttp withTimeouts(Duration connect, Duration read) {
        return new AiHttp(SHARED.client.newBuilder().connectTimeout(connect).readTimeout(read).build());
    }

    /**
     * The pool has room for twice the dispatcher's limit: a finishing call starts the next queued one from its own
     * thread, so for a moment both are busy, and a full pool would reject the new call.
     */
    private static Dispatcher dispatcher() {
        Dispatcher dispatcher = new Dispatcher(Threads.elastic("ai-http", 2 * MAX_CONCURRENT));
        dispatcher.setMaxRequests(MAX_CONCURRENT);
        dispatcher.setMaxRequestsPerHost(MAX_CONCURRENT);
        return dispatcher;
    }

    /** A reply: status, body text and the retry-after header (or null). */
    record Reply(int status, String body, String retryAfter) {
    }

    /** POSTs JSON and waits for the whole reply. Blocks up to the timeouts; an interrupt cancels the call. */
    Reply post(String url, Map<String, String> headers, byte[] json) throws IOException, InterruptedException {
        Request.Builder request = new Request.Builder().url(url).post(RequestBody.create(json, JSON));
        headers.forEach(request::header);
        Call call = client.newCall(request.build());
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call failed, IOException e) {
                reply.completeExceptionally(e);
            }

            @Override
            public void onResponse(Call done, Response response) {
                try (response; ResponseBody body = response.body()) {
                    reply.complete(new Reply(response.code(), body.string(), response.header("retry-after")));
                } catch (IOException e) {
                    reply.completeExceptionally(e);
                }
            }
        });
        try {
            return reply.get();
        } catch (InterruptedException e) {
            call.cancel();
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }
}
