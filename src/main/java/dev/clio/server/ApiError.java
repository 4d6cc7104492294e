package dev.clio.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * The one error body of the API, as in the original OpenAPI: {@code {error, message, details?, request_id}}.
 *
 * @param error a stable code such as {@code validation_error} or {@code unauthorized}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiError(String error, String message, Map<String, Object> details, String requestId) {
}
