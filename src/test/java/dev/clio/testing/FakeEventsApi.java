package dev.clio.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for PagerDuty's Events API v2 on a loopback port: it checks each request against the documented
 * format (content type, the exact top-level and payload fields, allowed values) and answers 202
 * {@code {status: "success", message, dedup_key}} — or 400 with what is wrong, as PagerDuty does. Scripted answers
 * ({@link #answerNext}) come first, to test retries and refusals.
 */
public final class FakeEventsApi implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TOP = Set.of("routing_key", "event_action", "dedup_key", "payload", "links",
            "images", "client", "client_url");
    private static final Set<String> PAYLOAD = Set.of("summary", "source", "severity", "timestamp", "component",
            "group", "class", "custom_details");
    private static final Set<String> SEVERITIES = Set.of("critical", "error", "warning", "info");
    private static final Set<String> ACTIONS = Set.of("trigger", "acknowledge", "resolve");

    private final HttpServer server;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<int[]> statuses = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> bodies = new ConcurrentLinkedQueue<>();

    private FakeEventsApi(HttpServer server) {
        this.server = server;
    }

    public static FakeEventsApi start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeEventsApi api = new FakeEventsApi(server);
            server.createContext("/v2/enqueue", api::handle);
            server.start();
            return api;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v2/enqueue");
    }

    /** The next request gets this answer instead of the format check's. */
    public void answerNext(int status, String body) {
        statuses.add(new int[] {status});
        bodies.add(body);
    }

    /** Every request body received, valid or not, in order. */
    public List<JsonNode> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body;
            try {
                body = JSON.readTree(raw);
            } catch (IOException e) {
                body = JSON.createObjectNode().put("unparseable", new String(raw, StandardCharsets.UTF_8));
            }
            received.add(body);
            int[] scripted = statuses.poll();
            if (scripted != null) {
                reply(exchange, scripted[0], bodies.poll());
                return;
            }
            List<String> errors = check(exchange, body);
            if (errors.isEmpty()) {
                reply(exchange, 202, "{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":"
                        + JSON.writeValueAsString(body.path("dedup_key").asText()) + "}");
            } else {
                reply(exchange, 400, JSON.writeValueAsString(java.util.Map.of("status", "invalid event",
                        "message", "Event object is invalid", "errors", errors)));
            }
        }
    }

    private static List<String> check(HttpExchange exchange, JsonNode body) {
        List<String> errors = new ArrayList<>();
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("application/json")) {
            errors.add("Content-Type must be application/json, was " + type);
        }
        unknown(body, TOP, "", errors);
        if (body.path("routing_key").asText("").isEmpty()) {
            errors.add("'routing_key' is missing");
        }
        String action = body.path("event_action").asText("");
        if (!ACTIONS.contains(action)) {
            errors.add("'event_action' is invalid: " + action);
        }
        if (body.path("dedup_key").asText("").isEmpty()) {
            errors.add("'dedup_key' is missing");
        }
        if (action.equals("trigger")) {
            JsonNode p = body.path("payload");
            unknown(p, PAYLOAD, "payload.", errors);
            for (String required : List.of("summary", "source", "severity")) {
                if (p.path(required).asText("").isEmpty()) {
                    errors.add("'payload." + required + "' is missing");
                }
            }
            if (!SEVERITIES.contains(p.path("severity").asText(""))) {
                errors.add("'payload.severity' is invalid");
            }
            try {
                java.time.OffsetDateTime.parse(p.path("timestamp").asText(""));
            } catch (java.time.format.DateTimeParseException e) {
                errors.add("'payload.timestamp' is not ISO 8601");
            }
            if (p.has("custom_details") && !p.get("custom_details").isObject()) {
                errors.add("'payload.custom_details' must be an object");
            }
            body.path("links").forEach(l -> {
                if (l.path("href").asText("").isEmpty()) {
                    errors.add("'links[].href' is missing");
                }
            });
        }
        return errors;
    }

    private static void unknown(JsonNode node, Set<String> allowed, String prefix, List<String> errors) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                errors.add("'" + prefix + name + "' is not a field of the Events API v2");
            }
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
