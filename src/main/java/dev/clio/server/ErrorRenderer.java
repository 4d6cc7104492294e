package dev.clio.server;

import dev.clio.ops.OpsException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into the API's one error shape. Typed Operations errors keep their status and code; Javalin's
 * own 404, 405 and 413 are rendered the same way; anything unexpected becomes a 500 with a generic message and the
 * request id, its stack trace logged, never sent.
 */
final class ErrorRenderer {

    private static final long DISCARD_LIMIT = 16L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ErrorRenderer.class);
    private static final String RENDERED = "clio.error_rendered";

    private ErrorRenderer() {
    }

    static void render(Exception e, Context ctx) {
        switch (e) {
            case ApiException api -> {
                api.headers().forEach(ctx::header);
                write(ctx, api.kind().httpStatus(), api.kind().code(), api.getMessage(), api.details());
            }
            case OpsException ops -> {
                if (ops.kind().httpStatus() >= 500) {
                    LOG.warn("{} {} answered {} (request {}): {}", ctx.method(), ApiCall.clean(ctx.path()),
                            ops.kind().httpStatus(), ctx.attribute(ApiServer.REQUEST_ID), ops.getMessage());
                }
                if (ops.kind() == OpsException.Kind.PAYLOAD_TOO_LARGE) {
                    discardRestOfBody(ctx);
                }
                write(ctx, ops.kind().httpStatus(), code(ops), ops.getMessage(), null);
            }
            case HttpResponseException http -> fromJavalin(ctx, http.getStatus(), http.getMessage());
            default -> {
                LOG.error("unexpected failure of {} {} (request {})", ctx.method(), ApiCall.clean(ctx.path()),
                        ctx.attribute(ApiServer.REQUEST_ID), e);
                write(ctx, 500, "internal_error", "The server failed unexpectedly; quote request id "
                        + ctx.attribute(ApiServer.REQUEST_ID) + " when reporting it", null);
            }
        }
    }

    /**
     * Reads and drops what is left of an oversized body, up to a bound, before answering 413. Closing a connection with
     * unread bytes makes the kernel reset it, and the reset can destroy the 413 before the client reads it.
     */
    private static void discardRestOfBody(Context ctx) {
        ctx.header("Connection", "close");
        byte[] sink = new byte[64 * 1024];
        long left = DISCARD_LIMIT;
        try (java.io.InputStream in = ctx.req().getInputStream()) {
            for (int n = in.read(sink); n > 0 && left > 0; n = in.read(sink)) {
                left -= n;
            }
        } catch (java.io.IOException | RuntimeException e) {
            // The client went away or the body was already consumed: nothing left to protect.
        }
    }

    /** A 404 for the execute route's workflow is {@code workflow_not_found}, as in the original API. */
    private static String code(OpsException e) {
        return e.kind() == OpsException.Kind.NOT_FOUND && e.getMessage() != null
                && e.getMessage().toLowerCase(java.util.Locale.ROOT).startsWith("workflow")
                ? "workflow_not_found" : e.kind().code();
    }

    private static void fromJavalin(Context ctx, int status, String message) {
        switch (status) {
            case 404 -> write(ctx, 404, "not_found", "No such endpoint: " + ctx.method() + " "
                    + ApiCall.clean(ctx.path()) + "; see /api/v1/openapi.json", null);
            case 405 -> write(ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on "
                    + ApiCall.clean(ctx.path()), null);
            case 413 -> write(ctx, 413, "payload_too_large", "request body is larger than the limit", null);
            default -> write(ctx, status, status >= 500 ? "internal_error" : "validation_error",
                    ApiCall.clean(message), null);
        }
    }

    /**
     * Javalin's own error answers (no such endpoint, wrong method) are plain text set after routing; this renders
     * them in the API's shape, leaving alone the errors this class has already written.
     */
    static void javalinStatus(Context ctx) {
        if (ctx.attribute(RENDERED) == null) {
            fromJavalin(ctx, ctx.statusCode(), ctx.result());
        }
    }

    static void write(Context ctx, int status, String code, String message, Map<String, Object> details) {
        ctx.attribute(RENDERED, Boolean.TRUE);
        ctx.status(status).json(new ApiError(code, message, details, ctx.attribute(ApiServer.REQUEST_ID)));
    }
}
