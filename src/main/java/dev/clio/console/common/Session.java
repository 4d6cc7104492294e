package dev.clio.console.common;

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
 */
public record Session(String name, String environment, String target, Operations operations,
        Workspace workspaceOrNull) {

    public Session {
        Objects.requireNonNull(name);
        Objects.requireNonNull(target);
        Objects.requireNonNull(operations);
        environment = environment == null ? "development" : environment.toLowerCase(Locale.ROOT);
    }

    public boolean production() {
        return environment.equals("production");
    }

    public boolean embedded() {
        return workspaceOrNull != null;
    }
}
