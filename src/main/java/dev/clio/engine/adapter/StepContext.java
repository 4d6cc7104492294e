package dev.clio.engine.adapter;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/** What an adapter may use from the engine while it runs a step. */
public interface StepContext {

    /** The workspace root; adapters never read or write outside it. */
    Path workspace();

    /**
     * Writes an artifact atomically (temp file + rename) at a workspace-relative path and returns the absolute path.
     * Refuses paths that escape the workspace.
     */
    Path writeArtifact(String relativePath, byte[] content) throws IOException;

    Clock clock();

    /** A line of step output for progress displays and the step log. */
    void log(String line);
}
