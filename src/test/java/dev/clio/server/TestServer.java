package dev.clio.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clio.ops.OpsJson;
import dev.clio.ops.RequestStats;
import dev.clio.security.ApiKeyService;
import dev.clio.security.AuditLog;
import dev.clio.security.AuditQuery;
import dev.clio.security.AuditRecord;
import dev.clio.security.Caller;
import dev.clio.security.FailedAuthLimiter;
import dev.clio.security.KeyStore;
import dev.clio.security.LimiterSettings;
import dev.clio.security.MonitorSettings;
import dev.clio.security.Role;
import dev.clio.security.SecurityGate;
import dev.clio.security.SecurityMonitor;
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
    final SecurityGate gate;
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
        this(dir, new LimiterSettings(5, Duration.ofSeconds(60), Duration.ofSeconds(60), 100), customise);
    }

    TestServer(Path dir, LimiterSettings limits, UnaryOperator<ServerOptions.Builder> customise) {
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
        gate = new SecurityGate(keys, new FailedAuthLimiter(limits), new SecurityMonitor(MonitorSettings.defaults()),
                new AuditLog(security.resolve("audit.jsonl"), Clock.systemUTC()), ServerSecurity.policy(),
                Clock.systemUTC());
        options = customise.apply(ServerOptions.builder(gate).port(0).stats(stats).accessLog(access::add)).build();
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

    /** Every audit record so far, oldest first. */
    List<AuditRecord> audit() {
        List<AuditRecord> records = new java.util.ArrayList<>(gate.audit().query(AuditQuery.latest(1000)).records());
        java.util.Collections.reverse(records);
        return records;
    }

    @Override
    public void close() {
        server.stop();
        gate.close();
    }
}
