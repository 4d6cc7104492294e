package dev.clio.demo;

import dev.clio.ops.Operations;
import dev.clio.ops.RequestStats;
import dev.clio.ops.embedded.EmbeddedEngine;
import dev.clio.ops.embedded.EngineOptions;
import dev.clio.security.Caller;
import dev.clio.security.SecurityGate;
import dev.clio.server.OperationsFactory;
import dev.clio.server.ServerBootstrap;
import dev.clio.server.ServerSecurity;
import dev.clio.workspace.Workspace;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The embedded engine of a demo workspace, opened the way {@code cli-orchestrator serve} opens one (the server's
 * security gate, metrics registry and request window, shared with the engine), so that {@link DemoLoad} can serve it
 * over HTTP while the console reads the same engine in-process: the requests, security incidents and executions of
 * the demo load then show in {@link #operations()}'s KPI snapshot.
 *
 * <p>AI steps never leave the machine on this engine: the Anthropic provider gets a placeholder key and both
 * providers a loopback base URL ({@link #AI_NOWHERE}), whatever the environment or the workspace's config says. The
 * AI adapters then count as available, so the engine's real budget check refuses an AI step whose estimate is above
 * the workflow's {@code max_tokens} before any call; an AI step that fits its budget fails with "connection refused".
 *
 * <p>Opening blocks on the store (a few hundred milliseconds for SQLite). Thread-safe; close it once, after any
 * {@link DemoLoad} that serves it has stopped.
 */
public final class DemoEngine implements ServerBootstrap.Backend {

    /** Where AI calls of the demo engine would go: the discard port of this machine, which nothing answers. */
    public static final String AI_NOWHERE = "http://127.0.0.1:9";
    static final String PLACEHOLDER_KEY = "demo-load-placeholder-key-never-sent-anywhere";

    private final Workspace workspace;
    private final PrometheusMeterRegistry registry;
    private final RequestStats stats;
    private final SecurityGate gate;
    private final EmbeddedEngine engine;

    private DemoEngine(Workspace workspace, PrometheusMeterRegistry registry, RequestStats stats, SecurityGate gate,
            EmbeddedEngine engine) {
        this.workspace = workspace;
        this.registry = registry;
        this.stats = stats;
        this.gate = gate;
        this.engine = engine;
    }

    /** Opens the engine of {@code workspace} with the process environment (AI settings replaced, see above). */
    public static DemoEngine open(Workspace workspace) {
        return open(workspace, System.getenv());
    }

    /**
     * @throws dev.clio.ops.OpsException INVALID_REQUEST when the workspace's settings cannot be loaded, UNAVAILABLE
     *     when its store cannot be opened
     */
    public static DemoEngine open(Workspace workspace, Map<String, String> environment) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        RequestStats stats = new RequestStats();
        SecurityGate gate = ServerSecurity.open(workspace.security());
        try {
            EngineOptions options = EngineOptions.defaults().withEnvironment(withoutAiNetwork(environment))
                    .sharedWithServer(registry, stats, gate);
            return new DemoEngine(workspace, registry, stats, gate, EmbeddedEngine.open(workspace, options));
        } catch (RuntimeException e) {
            gate.close();
            registry.close();
            throw e;
        }
    }

    /** The environment with every AI provider pointed at {@link #AI_NOWHERE}. */
    static Map<String, String> withoutAiNetwork(Map<String, String> environment) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("CLI_ORCHESTRATOR_AI_PROVIDER", "anthropic");
        env.put("CLI_ORCHESTRATOR_ANTHROPIC_API_KEY", PLACEHOLDER_KEY);
        env.put("CLI_ORCHESTRATOR_ANTHROPIC_BASE_URL", AI_NOWHERE);
        env.put("CLI_ORCHESTRATOR_OPENAI_BASE_URL", AI_NOWHERE);
        return env;
    }

    /** The in-process Operations of the local user (admin), for the console; closing it leaves the engine open. */
    public Operations operations() {
        return engine.operations(Caller.localUser());
    }

    /**
     * The identities ({@code key:<prefix>}) of every demo key in the workspace, earlier sessions included: an
     * execution whose user, or an audit entry whose actor, is one of them was made by the demo load.
     */
    public Set<String> demoIdentities() {
        return DemoLabels.identities(gate.keys());
    }

    public Workspace workspace() {
        return workspace;
    }

    public EmbeddedEngine engine() {
        return engine;
    }

    /** Each HTTP request gets a view bound to its authenticated key. */
    @Override
    public OperationsFactory factory() {
        return engine::operations;
    }

    SecurityGate gate() {
        return gate;
    }

    PrometheusMeterRegistry registry() {
        return registry;
    }

    RequestStats stats() {
        return stats;
    }

    /** Cancels running executions and closes the engine, then the gate (flushing key use and the audit log). */
    @Override
    public void close() {
        try {
            engine.close();
        } finally {
            gate.close();
            registry.close();
        }
    }
}
