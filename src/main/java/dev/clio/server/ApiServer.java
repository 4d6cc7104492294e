package dev.clio.server;

import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.security.AuditRecord;
import dev.clio.security.AuditResult;
import dev.clio.security.Caller;
import dev.clio.security.Role;
import dev.clio.security.SecurityMetrics;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP service API ({@code cli-orchestrator serve}): a thin mapping of {@link Operations} onto HTTP with API-key
 * auth, one JSON error shape, Prometheus metrics, an access log and an audit trail. Every route comes from
 * {@link Routes}; a request that matches none is a 404 in the same error shape.
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    static final String REQUEST_ID = "clio.request_id";
    private static final String STARTED = "clio.started";
    private static final String ROUTE = "clio.route";
    private static final String KEY_PREFIX = "clio.key_prefix";
    private static final Set<String> KEY_PARAMS = Set.of("api_key", "apikey", "api-key", "x-api-key", "x_api_key",
            "key", "token", "access_token");

    private final OperationsFactory factory;
    private final ServerOptions options;
    private final Gatekeeper gate;
    private final HttpMetrics metrics;
    private final LogStream.Settings streams;
    private final JvmGcMetrics gcMetrics = new JvmGcMetrics();
    private final String openApi;
    private Javalin app;

    private ApiServer(OperationsFactory factory, ServerOptions options) {
        this.factory = factory;
        this.options = options;
        this.gate = new Gatekeeper(options.gate());
        this.metrics = new HttpMetrics(options.registry());
        this.streams = new LogStream.Settings(options.heartbeat(), options.streamBuffer(),
                new Semaphore(options.maxStreams()), new AtomicBoolean());
        this.openApi = OpenApiDocument.json(Routes.all());
    }

    /**
     * Starts the server and returns once it listens.
     *
     * @throws IllegalStateException when the gate's policy disagrees with the routes
     * @throws io.javalin.util.JavalinBindException when the address cannot be bound (in use, not local)
     */
    public static ApiServer start(OperationsFactory factory, ServerOptions options) {
        List<String> problems = ServerSecurity.mismatches(options.gate().policy());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the security gate's access policy disagrees with the routes: "
                    + String.join("; ", problems) + " (build the gate with ServerSecurity.policy())");
        }
        ApiServer server = new ApiServer(factory, options);
        server.bindJvmMetrics();
        try {
            server.app = Javalin.create(server::configure).start();
        } catch (RuntimeException e) {
            server.gcMetrics.close();
            throw e;
        }
        return server;
    }

    /** Starts a server whose every caller shares one Operations instance (tests, single-user setups). */
    public static ApiServer start(Operations ops, ServerOptions options) {
        return start(caller -> ops, options);
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return app.port();
    }

    /** Stops listening, ends open log streams and waits for running requests briefly; never throws. */
    public void stop() {
        streams.stopping().set(true);
        try {
            if (app != null) {
                app.stop();
            }
        } catch (RuntimeException e) {
            LOG.warn("the server did not stop cleanly: {}", e.getMessage());
        } finally {
            gcMetrics.close();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void configure(JavalinConfig cfg) {
        cfg.jsonMapper(new JavalinJackson(dev.clio.ops.OpsJson.mapper(), false));
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = options.maxBodyBytes();
        cfg.http.prefer405over404 = true;
        cfg.http.compressionStrategy = CompressionStrategy.NONE;
        cfg.jetty.host = options.bind();
        cfg.jetty.port = options.port();
        cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
        cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JettyErrors()));
        cfg.routes.before(this::prepare);
        for (Route route : Routes.all()) {
            cfg.routes.addHttpHandler(HandlerType.findOrCreate(route.method()), route.path(), handler(route));
        }
        cfg.routes.get("/metrics", this::prometheus);
        cfg.routes.get(Routes.API + "/openapi.json", this::openApi);
        cfg.routes.exception(Exception.class, ErrorRenderer::render);
        for (int status : new int[] {400, 404, 405, 413, 500}) {
            cfg.routes.error(status, ErrorRenderer::javalinStatus);
        }
        cfg.requestLogger.http(this::finished);
    }

    private void prepare(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
        String id = RequestIds.accept(ctx.header(RequestIds.HEADER));
        ctx.attribute(REQUEST_ID, id);
        ctx.header(RequestIds.HEADER, id);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-store");
        for (String name : ctx.queryParamMap().keySet()) {
            if (KEY_PARAMS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                throw OpsException.invalid("API keys are not accepted in the URL (they end up in logs and "
                        + "histories): send the key in the X-API-Key header");
            }
        }
        if (ctx.req().getContentLengthLong() > options.maxBodyBytes()) {
            throw new OpsException(OpsException.Kind.PAYLOAD_TOO_LARGE, "request body is larger than "
                    + options.maxBodyBytes() / 1024 + " KiB");
        }
    }

    private Handler handler(Route route) {
        return ctx -> {
            ctx.attribute(ROUTE, route.path());
            Caller caller = admit(ctx, route.role(), route.operation().id());
            ApiCall call = new ApiCall(ctx, route, options.maxBodyBytes(), streams);
            call.checkQueryNames();
            Operations ops = factory.forCaller(caller);
            if (route.operation().isRemediation()) {
                audited(ctx, route, call, caller, ops);
            } else {
                respond(ctx, route, route.invoker().invoke(ops, call));
            }
        };
    }

    private Caller admit(Context ctx, Role required, String action) {
        if (required == null) {
            return Gatekeeper.anonymous(ctx.ip());
        }
        Caller caller = gate.admit(ctx.header(Gatekeeper.HEADER), ctx.ip(), action, ApiCall.clean(ctx.path()));
        ctx.attribute(KEY_PREFIX, caller.keyPrefix());
        return caller;
    }

    private void audited(Context ctx, Route route, ApiCall call, Caller caller, Operations ops) {
        long started = System.nanoTime();
        AuditResult result = AuditResult.ERROR;
        String message = null;
        try {
            respond(ctx, route, route.invoker().invoke(ops, call));
            result = AuditResult.OK;
        } catch (OpsException e) {
            result = e.kind() == OpsException.Kind.INVALID_REQUEST ? AuditResult.REFUSED : AuditResult.ERROR;
            message = e.getMessage();
            throw e;
        } catch (RuntimeException e) {
            message = "unexpected failure (request " + ctx.attribute(REQUEST_ID) + ")";
            throw e;
        } finally {
            options.gate().audit().append(AuditRecord.of(options.clock().instant(), caller,
                    route.operation().id(), ApiCall.clean(ctx.path()),
                    AuditParams.of(ctx.pathParamMap(), call.parsedBody()), result, message,
                    Duration.ofNanos(System.nanoTime() - started), caller.client()));
        }
    }

    private static void respond(Context ctx, Route route, Object result) {
        if (result instanceof Reply reply) {
            if (reply == Reply.WRITTEN) {
                return;
            }
            reply.headers().forEach(ctx::header);
            ctx.status(reply.status());
            if (reply.body() != null) {
                ctx.json(reply.body());
            }
        } else {
            ctx.status(route.status()).json(result);
        }
    }

    private void prometheus(Context ctx) {
        ctx.attribute(ROUTE, "/metrics");
        if (!options.publicMetrics()) {
            // Prometheus before 2.55 cannot send custom headers, only "Authorization: Bearer <credentials_file>"
            String key = ctx.header(Gatekeeper.HEADER);
            String bearer = ctx.header("Authorization");
            if (key == null && bearer != null && bearer.regionMatches(true, 0, "Bearer ", 0, 7)) {
                key = bearer.substring(7).strip();
            }
            Caller caller = gate.admit(key, ctx.ip(), ServerSecurity.METRICS, "/metrics");
            ctx.attribute(KEY_PREFIX, caller.keyPrefix());
        }
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(options.registry().scrape());
    }

    private void openApi(Context ctx) {
        ctx.attribute(ROUTE, Routes.API + "/openapi.json");
        admit(ctx, Role.VIEWER, ServerSecurity.OPENAPI);
        ctx.contentType("application/json").result(openApi);
    }

    private void finished(Context ctx, Float millis) {
        Long started = ctx.attribute(STARTED);
        long nanos = started == null ? (long) (millis * 1_000_000) : System.nanoTime() - started;
        String route = ctx.attribute(ROUTE);
        String template = route == null ? "unmatched" : route;
        int status = ctx.statusCode();
        String method = ctx.method().name();
        metrics.record(method, template, status, nanos);
        options.stats().record(method, template, status, nanos);
        String prefix = ctx.attribute(KEY_PREFIX);
        String id = ctx.attribute(REQUEST_ID);
        options.accessLog().accept(new AccessRecord(Instant.now(), id == null ? "-" : id, ctx.ip(), method,
                ctx.path(), template, status, Duration.ofNanos(nanos), prefix));
    }

    private void bindJvmMetrics() {
        var registry = options.registry();
        new JvmMemoryMetrics().bindTo(registry);
        gcMetrics.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new SecurityMetrics(options.gate().monitor(), options.clock()).bindTo(registry);
    }
}
