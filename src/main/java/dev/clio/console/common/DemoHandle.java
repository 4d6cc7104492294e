package dev.clio.console.common;

import dev.clio.demo.DemoEngine;
import dev.clio.demo.DemoLoad;
import dev.clio.demo.DemoLoadSettings;
import dev.clio.demo.DemoLoadStats;
import dev.clio.demo.DemoWorkspace;
import dev.clio.workspace.Workspace;

/**
 * The demo workspace's engine and its load generator, owned by the session on the demo workspace. The console must
 * use this engine (not a second one on the same workspace): the request counts and security counters behind the
 * KPIs live inside it, so the tiles see the generator's traffic.
 */
public final class DemoHandle implements AutoCloseable {

    private final DemoEngine engine;
    private final DemoLoad load;

    private DemoHandle(DemoEngine engine) {
        this.engine = engine;
        this.load = new DemoLoad(engine, DemoLoadSettings.defaults());
    }

    /** Opens the demo engine on the demo workspace, creating it first if needed (blocks); call off the UI thread. */
    public static Session openSession(Workspace workspace, String name, String environment) {
        DemoHandle handle = new DemoHandle(DemoEngine.open(DemoWorkspace.ensure(workspace.root())));
        return new Session(name, environment, "workspace " + workspace.root(), handle.engine.operations(),
                workspace, null, handle);
    }

    public static boolean isDemo(Workspace workspace) {
        return workspace != null && DemoWorkspace.isDemo(workspace);
    }

    /** Starts the generator; blocks briefly (it starts a loopback server): call off the UI thread. */
    public void start() {
        load.start();
    }

    /** Stops the generator within about a second; call off the UI thread. */
    public void stop() {
        load.stop();
    }

    /** Never blocks. */
    public boolean running() {
        return load.isRunning();
    }

    /** Never blocks. */
    public DemoLoadStats stats() {
        return load.stats();
    }

    @Override
    public void close() {
        try {
            load.close();
        } finally {
            engine.close();
        }
    }
}
