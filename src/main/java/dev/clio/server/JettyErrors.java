package dev.clio.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.clio.ops.OpsJson;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals, made before a request reaches Javalin (an undecodable or ambiguous URI, headers too large,
 * a malformed request line), rendered in the API's error shape instead of an HTML page.
 */
final class JettyErrors extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int status, String message,
            Throwable cause, Callback callback) {
        String id = RequestIds.generate();
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(RequestIds.HEADER, id);
        response.write(true, ByteBuffer.wrap(body(status, message, id)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status, reason, RequestIds.generate()));
    }

    private static byte[] body(int status, String message, String id) {
        String code = status == 404 ? "not_found" : status >= 500 ? "internal_error" : "validation_error";
        String text = status >= 500 ? "The server failed unexpectedly; quote request id " + id
                : "the request was refused as malformed (HTTP " + status + ")"
                        + (message == null || message.isBlank() ? "" : ": " + ApiCall.clean(message));
        try {
            return OpsJson.mapper().writeValueAsBytes(new ApiError(code, text, null, id));
        } catch (JsonProcessingException e) {
            return ("{\"error\":\"" + code + "\"}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
