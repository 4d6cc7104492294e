package dev.clio.workspace;

import java.nio.file.Path;

/**
 * The directory layout the runbook's commands assume. Paths are absolute and normalised; nothing outside {@link #root()}
 * is ever written.
 */
public record Workspace(Path root) {

    public Workspace {
        root = root.toAbsolutePath().normalize();
    }

    public Path workflows() {
        return root.resolve(".ai/workflows");
    }

    public Path schemas() {
        return root.resolve(".ai/schemas");
    }

    public Path runbooks() {
        return root.resolve(".ai/runbooks");
    }

    public Path artifacts() {
        return root.resolve("artifacts");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /** Structured JSON lines; the runbook greps and jq's it. */
    public Path engineLog() {
        return logs().resolve("cli-orchestrator.log");
    }

    public Path accessLog() {
        return logs().resolve("access.log");
    }

    public Path security() {
        return root.resolve("security");
    }

    public Path incidents() {
        return root.resolve("incidents");
    }

    public Path config() {
        return root.resolve("config");
    }

    public Path cache() {
        return root.resolve("cache");
    }

    public Path database() {
        return root.resolve("orchestrator.db");
    }

    /** Resolves a workspace-relative path, or returns null when it would escape the workspace. */
    public Path resolveInside(String relative) {
        if (relative == null || relative.isEmpty() || relative.indexOf('\0') >= 0) {
            return null;
        }
        Path candidate = root.resolve(relative).normalize();
        return candidate.startsWith(root) ? candidate : null;
    }
}
