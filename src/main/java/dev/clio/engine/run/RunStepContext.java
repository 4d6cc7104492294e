package dev.clio.engine.run;

import dev.clio.engine.adapter.StepContext;
import dev.clio.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The {@link StepContext} of one attempt: atomic artifact writes inside the workspace, output lines to events. */
final class RunStepContext implements StepContext {

    private final Workspace workspace;
    private final Clock clock;
    private final Consumer<String> output;
    private final List<String> written = new CopyOnWriteArrayList<>();

    RunStepContext(Workspace workspace, Clock clock, Consumer<String> output) {
        this.workspace = workspace;
        this.clock = clock;
        this.output = output;
    }

    @Override
    public Path workspace() {
        return workspace.root();
    }

    @Override
    public Path writeArtifact(String relativePath, byte[] content) throws IOException {
        Path target = inside(relativePath);
        AtomicFiles.write(target, content);
        String relative = workspace.root().relativize(target).toString().replace('\\', '/');
        if (!written.contains(relative)) {
            written.add(relative);
        }
        return target;
    }

    /** Resolves a workspace-relative path, refusing {@code ..}, absolute paths and symlinked directories outside. */
    Path inside(String relativePath) throws IOException {
        Path target = workspace.resolveInside(relativePath);
        if (target == null || target.equals(workspace.root())) {
            throw new IOException("artifact path escapes the workspace: " + relativePath);
        }
        Path root = workspace.root().toRealPath();
        Path existing = target.getParent();
        while (!Files.exists(existing)) {
            existing = existing.getParent();
        }
        // Checked before creating anything, so a link to the outside never gets directories made in its target.
        if (!existing.toRealPath().startsWith(root)) {
            throw new IOException("artifact path escapes the workspace through a link: " + relativePath);
        }
        Files.createDirectories(target.getParent());
        if (!target.getParent().toRealPath().startsWith(root)) {
            throw new IOException("artifact path escapes the workspace through a link: " + relativePath);
        }
        return target;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void log(String line) {
        output.accept(line);
    }

    /** Workspace-relative paths this attempt wrote, in order. */
    List<String> written() {
        return List.copyOf(written);
    }
}
