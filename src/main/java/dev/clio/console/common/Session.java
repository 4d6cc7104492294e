package dev.clio.console.common;

import dev.clio.connections.Connection;
import dev.clio.connections.ConnectionProfile;
import dev.clio.connections.Probe;
import dev.clio.ops.Operations;
import dev.clio.workspace.Workspace;
import java.util.Locale;
import java.util.Objects;

/**
 * One open connection: the Operations every view calls, and what the title bar and confirmations show about it.
 *
 * @param environment {@code development}, {@code staging} or {@code production}
 * @param target where the calls go: {@code workspace /path} or {@code server https://…}
 * @param workspaceOrNull the workspace operated in-process, or null for a remote server
 * @param connectionOrNull the opened profile, whose short-timeout probe the status bar's monitor runs; null for a
 *     session opened from bare Operations (its probe then uses those Operations)
 * @param demoOrNull the demo engine and load generator when this is the demo workspace
 */
public record Session(String name, String environment, String target, Operations operations,
        Workspace workspaceOrNull, Connection connectionOrNull, DemoHandle demoOrNull) {

    public Session {
        Objects.requireNonNull(name);
        Objects.requireNonNull(target);
        Objects.requireNonNull(operations);
        environment = environment == null ? "development" : environment.toLowerCase(Locale.ROOT);
    }

    public Session(String name, String environment, String target, Operations operations, Workspace workspaceOrNull) {
        this(name, environment, target, operations, workspaceOrNull, null, null);
    }

    public Session(String name, String environment, String target, Operations operations, Workspace workspaceOrNull,
            Connection connectionOrNull) {
        this(name, environment, target, operations, workspaceOrNull, connectionOrNull, null);
    }

    /** A session over an opened profile: its name, environment label and target come from the profile. */
    public static Session of(Connection connection) {
        ConnectionProfile profile = connection.profile();
        Workspace workspace = profile.target() instanceof ConnectionProfile.Embedded e
                ? new Workspace(e.workspace()) : null;
        String target = (profile.remote() ? "server " : "workspace ") + profile.location();
        return new Session(profile.name(), profile.environment().label(), target, connection.operations(), workspace,
                connection);
    }

    public boolean production() {
        return environment.equals("production");
    }

    public boolean embedded() {
        return workspaceOrNull != null;
    }

    /** What the connection monitor runs every second; blocks on IO. */
    public Probe probe() {
        return connectionOrNull != null ? connectionOrNull.probe() : Probe.of(operations, !embedded());
    }

    /** Closes the Operations (and, for a connection, its probe client); may wait for IO. */
    public void close() {
        if (demoOrNull != null) {
            operations.close();
            demoOrNull.close();
        } else if (connectionOrNull != null) {
            connectionOrNull.close();
        } else {
            operations.close();
        }
    }
}
