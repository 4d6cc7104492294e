package dev.clio.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.ops.OpsJson;
import dev.clio.ops.RequestStats;
import dev.clio.ops.Resources;
import dev.clio.security.ApiKeyService;
import dev.clio.security.Caller;
import dev.clio.security.FailedAuthLimiter;
import dev.clio.security.KeyStore;
import dev.clio.security.LimiterSettings;
import dev.clio.security.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/** A real server on a random loopback port over {@link InMemoryOperations}, with one key per role. */
final class TestServer implements AutoCloseable {

    final InMemoryOperations ops;
    final ApiServer server;
    final ApiKeyService keys;
    final List<Resources.AuditEntry> audit = new CopyOnWriteArrayList<>();
    final List<AccessRecord> access = new CopyOnWriteArrayList<>();
    final ServerOptions options;
    final String viewer;
    final String operator;
    final String admin;
    final String expired;
    final String revoked;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestServer(Path dir) {
        this(dir, b -> b);
    }

    TestServer(Path dir, UnaryOperator<ServerOptions.Builder> customise) {
        Path security = dir.resolve("security");
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofDays(30)), ZoneOffset.UTC);
        keys = new ApiKeyService(new KeyStore(security), Clock.systemUTC(), Duration.ofMinutes(1));
        ApiKeyService oldKeys = new ApiKeyService(new KeyStore(security), past, Duration.ofMinutes(1));
        Caller creator = Caller.local("tester");
        viewer = keys.create(Role.VIEWER, null, "viewer", creator).secret();
        operator = keys.create(Role.OPERATOR, null, "operator", creator).secret();
        admin = keys.create(Role.ADMIN, Duration.ofDays(1), "admin", creator).secret();
        expired = oldKeys.create(Role.ADMIN, Duration.ofDays(1), "expired", creator).secret();
        String toRevoke = keys.create(Role.ADMIN, null, "revoked", creator).secret();
        keys.revoke(toRevoke, creator);
        revoked = toRevoke;
        RequestStats stats = new RequestStats();
        ops = new InMemoryOperations(stats);
        options = customise.apply(ServerOptions.builder(keys).port(0).stats(stats).audit(audit::add)
                .accessLog(access::add).limiter(new FailedAuthLimiter(new LimiterSettings(5,
                        Duration.ofSeconds(60), Duration.ofSeconds(60), 100)))).build();
        server = ApiServer.start(ops, options);
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    HttpResponse<String> get(String path, String key) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), key);
    }

    HttpResponse<String> post(String path, String key, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)), key);
    }

    HttpResponse<String> send(String method, String path, String key, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)), key);
    }

    HttpResponse<String> send(HttpRequest.Builder request, String key) {
        if (key != null) {
            request.header("X-API-Key", key);
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return OpsJson.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    @Override
    public void close() {
        server.stop();
        keys.close();
    }
}
