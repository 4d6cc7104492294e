package dev.clio.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.clio.ops.Durations;
import dev.clio.ops.OpsException;
import dev.clio.ops.OpsJson;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The validated parameters of one request. Every accessor either returns a clean value or throws
 * {@link OpsException} INVALID_REQUEST naming the parameter, so a client mistake is always a 400, never a 500.
 */
final class ApiCall {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}");
    private static final int MAX_TEXT = 256;

    private final Context ctx;
    private final Route route;
    private final long maxBodyBytes;
    private final LogStream.Settings streams;
    private Object body;

    ApiCall(Context ctx, Route route, long maxBodyBytes, LogStream.Settings streams) {
        this.ctx = ctx;
        this.route = route;
        this.maxBodyBytes = maxBodyBytes;
        this.streams = streams;
    }

    LogStream.Settings streams() {
        return streams;
    }

    Context context() {
        return ctx;
    }

    /** Refuses query parameters the route does not declare, so a typo is an error rather than ignored. */
    void checkQueryNames() {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!route.accepts(name)) {
                String known = route.query().stream().map(Route.Param::name).collect(Collectors.joining(", "));
                throw OpsException.invalid("unknown query parameter '" + clean(name) + "' for " + route.method()
                        + " " + route.path() + (known.isEmpty() ? "; it takes none" : "; known: " + known));
            }
        }
    }

    /** A path parameter that names something (an execution id, a config key): no separators, no dot-dot. */
    String pathId(String name) {
        String value = ctx.pathParam(name);
        if (!ID.matcher(value).matches() || value.contains("..")) {
            throw OpsException.invalid(name + ": '" + clean(value) + "' is not a valid " + name
                    + " (letters, digits, '_', '-', '.', ':'; at most 128)");
        }
        return value;
    }

    /** A free-text query parameter, or null when absent. */
    String text(String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > MAX_TEXT || value.chars().anyMatch(Character::isISOControl)) {
            throw OpsException.invalid(name + ": at most " + MAX_TEXT + " printable characters");
        }
        return value;
    }

    /** A query parameter that must be one of {@code allowed} (compared upper-case), or null when absent. */
    String choice(String name, Set<String> allowed) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        String upper = value.toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            throw OpsException.invalid(name + ": '" + clean(value) + "' is not one of "
                    + String.join(", ", allowed.stream().sorted().toList()));
        }
        return upper;
    }

    int limit(int fallback, int max) {
        return integer("limit", fallback, 1, max);
    }

    /** A whole-number query parameter in {@code [min, max]}; {@code fallback} when absent. */
    int integer(String name, int fallback, int min, int max) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw OpsException.invalid(name + ": '" + clean(value) + "' is not a whole number from " + min + " to "
                + max);
    }

    /** A duration such as {@code 10m} or {@code 24h}; {@code fallback} when absent. */
    Duration duration(String name, Duration fallback) {
        String value = text(name);
        return value == null ? fallback : Durations.parse(name, value);
    }

    /** The body read so far, or null when the route has not read one (or it was invalid). */
    Object parsedBody() {
        return body;
    }

    /** The request body as {@code type}; an absent body reads as {@code {}}. */
    <T> T body(Class<T> type) {
        if (body == null) {
            body = read(type);
        }
        return type.cast(body);
    }

    private <T> T read(Class<T> type) {
        byte[] bytes = BoundedBody.read(ctx, maxBodyBytes);
        if (bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            bytes = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        try {
            return OpsJson.mapper().readValue(bytes, type);
        } catch (UnrecognizedPropertyException e) {
            throw OpsException.invalid("unknown field '" + clean(e.getPropertyName()) + "'; known: "
                    + e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", ")));
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof OpsException own) {
                // a value type that checks itself (an incident severity, say) already says what is wrong and why
                throw OpsException.invalid(own.getMessage());
            }
            throw OpsException.invalid(fieldOf(e) + "wrong type or value: " + firstLine(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw OpsException.invalid("malformed JSON in the request body at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw OpsException.invalid("the request body could not be read: " + e.getMessage());
        }
    }

    private static String fieldOf(JsonMappingException e) {
        String path = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                : "[" + r.getIndex() + "]").collect(Collectors.joining("."));
        return path.isEmpty() ? "" : "field '" + clean(path) + "': ";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid";
        }
        String line = message.lines().findFirst().orElse(message);
        return clean(line.length() > 160 ? line.substring(0, 160) + "…" : line);
    }

    /** Makes a client-supplied value safe to quote in a one-line message. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 80 ? printable.substring(0, 80) + "…" : printable;
    }

    /** Reads a body up to a limit, so that an oversized one is refused without being read to its end. */
    static final class BoundedBody {
        private BoundedBody() {
        }

        static byte[] read(Context ctx, long max) {
            try (InputStream in = ctx.req().getInputStream()) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
                if (bytes.length > max) {
                    throw new OpsException(OpsException.Kind.PAYLOAD_TOO_LARGE,
                            "request body is larger than " + max / 1024 + " KiB");
                }
                return bytes;
            } catch (IOException e) {
                throw OpsException.invalid("the request body could not be read: " + e.getMessage());
            }
        }
    }
}
