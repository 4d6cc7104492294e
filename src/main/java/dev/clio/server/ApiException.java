package dev.clio.server;

import dev.clio.ops.OpsException;
import java.util.Map;

/** An {@link OpsException} that also carries error details and response headers (such as {@code Retry-After}). */
final class ApiException extends OpsException {

    private final transient Map<String, Object> details;
    private final transient Map<String, String> headers;

    ApiException(Kind kind, String message, Map<String, Object> details, Map<String, String> headers) {
        super(kind, message);
        this.details = details == null ? null : Map.copyOf(details);
        this.headers = Map.copyOf(headers);
    }

    Map<String, Object> details() {
        return details;
    }

    Map<String, String> headers() {
        return headers;
    }
}
