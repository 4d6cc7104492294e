package dev.clio.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clio.common.BuildInfo;
import dev.clio.ops.OpsJson;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.0 document served at {@code /api/v1/openapi.json}, generated from the route table so that it cannot
 * drift from what the server does. Each operation carries {@code x-operation} (the Operations id) and
 * {@code x-role} (the least role, or {@code public}).
 */
final class OpenApiDocument {

    private static final Pattern PATH_PARAM = Pattern.compile("\\{([a-z_]+)}");

    private OpenApiDocument() {
    }

    static String json(List<Route> routes) {
        try {
            return OpsJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(build(routes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("OpenAPI document not serialisable", e);
        }
    }

    static ObjectNode build(List<Route> routes) {
        ObjectNode doc = OpsJson.mapper().createObjectNode();
        doc.put("openapi", "3.0.3");
        doc.putObject("info").put("title", "CLI Orchestrator API").put("version", BuildInfo.version())
                .put("description", "Every call of the Operations model. Send the key in the X-API-Key header. "
                        + "Errors are {error, message, details?, request_id}.");
        ObjectNode paths = doc.putObject("paths");
        for (Route route : routes) {
            ObjectNode path = paths.has(route.path()) ? (ObjectNode) paths.get(route.path())
                    : paths.putObject(route.path());
            operation(path.putObject(route.method().toLowerCase(java.util.Locale.ROOT)), route);
        }
        ObjectNode components = doc.putObject("components");
        components.putObject("securitySchemes").putObject("ApiKeyAuth").put("type", "apiKey").put("in", "header")
                .put("name", Gatekeeper.HEADER);
        ObjectNode error = components.putObject("schemas").putObject("Error").put("type", "object");
        error.putArray("required").add("error").add("message").add("request_id");
        ObjectNode props = error.putObject("properties");
        props.putObject("error").put("type", "string").putArray("enum").add("validation_error").add("unauthorized")
                .add("forbidden").add("not_found").add("method_not_allowed").add("conflict").add("payload_too_large")
                .add("rate_limited").add("internal_error").add("unavailable").add("timeout")
                .add("workflow_not_found").add("execution_failed");
        props.putObject("message").put("type", "string");
        props.putObject("details").put("type", "object");
        props.putObject("request_id").put("type", "string");
        return doc;
    }

    private static void operation(ObjectNode op, Route route) {
        op.put("operationId", route.operation().id() + ":" + route.method().toLowerCase(java.util.Locale.ROOT)
                + route.path().replaceAll("[^a-z]+", "_"));
        op.put("summary", route.summary());
        op.put("x-operation", route.operation().id());
        op.put("x-role", route.role() == null ? "public" : route.role().label());
        op.put("x-remediation", route.operation().isRemediation());
        if (route.role() != null) {
            op.putArray("security").addObject().putArray("ApiKeyAuth");
        }
        ArrayNode params = op.putArray("parameters");
        Matcher m = PATH_PARAM.matcher(route.path());
        while (m.find()) {
            params.addObject().put("name", m.group(1)).put("in", "path").put("required", true)
                    .putObject("schema").put("type", "string");
        }
        for (Route.Param p : route.query()) {
            ObjectNode param = params.addObject().put("name", p.name()).put("in", "query").put("required", false)
                    .put("description", p.description());
            param.putObject("schema").put("type", "duration".equals(p.type()) ? "string" : p.type());
        }
        if (route.body() != null) {
            ObjectNode schema = op.putObject("requestBody").put("required", false).putObject("content")
                    .putObject("application/json").putObject("schema").put("type", "object")
                    .put("additionalProperties", false);
            ObjectNode props = schema.putObject("properties");
            for (RecordComponent c : route.body().getRecordComponents()) {
                props.putObject(snake(c.getName())).put("type", jsonType(c.getType()));
            }
        }
        ObjectNode responses = op.putObject("responses");
        responses.putObject(String.valueOf(route.status())).put("description", "the result as JSON");
        for (String code : List.of("400", "401", "403", "404", "429", "500")) {
            responses.putObject(code).put("description", "error").putObject("content").putObject("application/json")
                    .putObject("schema").put("$ref", "#/components/schemas/Error");
        }
    }

    private static String jsonType(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "integer";
        }
        return java.util.Map.class.isAssignableFrom(type) ? "object" : "string";
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
