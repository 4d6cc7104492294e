package dev.clio.integrations.prometheus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the Prometheus API's JSON envelope ({@code status}, {@code data}, {@code errorType}, {@code error}). */
final class PromAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An HTTP reply as received. */
    record Reply(int status, String contentType, String body) {
    }

    private PromAnswer() {
    }

    static List<PromSample> instant(Reply reply, String url) throws PrometheusException {
        JsonNode data = data(reply, url);
        String type = data.path("resultType").asText();
        JsonNode result = data.path("result");
        List<PromSample> out = new ArrayList<>();
        switch (type) {
            case "vector" -> {
                for (JsonNode s : result) {
                    out.add(new PromSample(labels(s.path("metric")), at(s.path("value")), value(s.path("value"))));
                }
            }
            case "scalar" -> out.add(new PromSample(Map.of(), at(result), value(result)));
            default -> throw unexpected(url, "an instant query answered a " + type);
        }
        return out;
    }

    static List<PromSeries> range(Reply reply, String url) throws PrometheusException {
        JsonNode data = data(reply, url);
        if (!"matrix".equals(data.path("resultType").asText())) {
            throw unexpected(url, "a range query answered a " + data.path("resultType").asText());
        }
        List<PromSeries> out = new ArrayList<>();
        for (JsonNode s : data.path("result")) {
            List<PromSeries.Point> points = new ArrayList<>();
            for (JsonNode v : s.path("values")) {
                points.add(new PromSeries.Point(at(v), value(v)));
            }
            out.add(new PromSeries(labels(s.path("metric")), points));
        }
        return out;
    }

    private static JsonNode data(Reply reply, String url) throws PrometheusException {
        if (reply.status() == 401 || reply.status() == 403) {
            throw new PrometheusException(PrometheusException.Kind.UNAUTHORIZED, "Prometheus at " + url
                    + " refused the request (HTTP " + reply.status() + "): it or a proxy before it needs "
                    + "credentials that the console does not have");
        }
        JsonNode root;
        try {
            root = JSON.readTree(reply.body());
        } catch (JsonProcessingException e) {
            root = null;
        }
        if (root == null || !root.isObject() || !root.path("status").isTextual()) {
            throw unexpected(url, "HTTP " + reply.status() + " with " + (reply.contentType().isEmpty()
                    ? "no content type" : reply.contentType()) + " instead of the Prometheus API's JSON; is it the "
                    + "base URL of Prometheus (without /api/v1 or /graph)?");
        }
        if ("success".equals(root.path("status").asText())) {
            return root.path("data");
        }
        String type = root.path("errorType").asText("error");
        String error = root.path("error").asText("no reason given");
        if (type.equals("bad_data") || type.equals("execution")) {
            throw new PrometheusException(PrometheusException.Kind.BAD_QUERY, "Prometheus at " + url
                    + " could not evaluate the query: " + error);
        }
        if (type.equals("timeout") || type.equals("canceled")) {
            throw new PrometheusException(PrometheusException.Kind.TIMEOUT, "Prometheus at " + url
                    + " gave up on the query (" + type + "): " + error);
        }
        throw new PrometheusException(PrometheusException.Kind.UNAVAILABLE, "Prometheus at " + url
                + " answered HTTP " + reply.status() + " (" + type + "): " + error);
    }

    private static Map<String, String> labels(JsonNode metric) {
        Map<String, String> labels = new LinkedHashMap<>();
        metric.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    /** [unix seconds, "value"] */
    private static Instant at(JsonNode pair) {
        return Instant.ofEpochMilli(Math.round(pair.path(0).asDouble() * 1000));
    }

    private static double value(JsonNode pair) {
        String text = pair.path(1).asText();
        return switch (text) {
            case "NaN" -> Double.NaN;
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> parse(text);
        };
    }

    private static double parse(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static PrometheusException unexpected(String url, String what) {
        return new PrometheusException(PrometheusException.Kind.UNAVAILABLE, "Prometheus at " + url
                + " answered something unexpected: " + what);
    }
}
