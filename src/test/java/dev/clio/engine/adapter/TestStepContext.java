package dev.clio.engine.adapter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A step context over a temporary workspace, writing artifacts atomically like the runner's. */
public final class TestStepContext implements StepContext {

    private final Path workspace;
    private final Clock clock;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    public TestStepContext(Path workspace) {
        this(workspace, Clock.systemUTC());
    }

    public TestStepContext(Path workspace, Clock clock) {
        this.workspace = workspace.toAbsolutePath().normalize();
        this.clock = clock;
    }

    @Override
    public Path workspace() {
        return workspace;
    }

    @Override
    public Path writeArtifact(String relativePath, byte[] content) throws IOException {
        Path target = workspace.resolve(relativePath).normalize();
        if (!target.startsWith(workspace) || target.equals(workspace)) {
            throw new IOException("artifact path escapes the workspace: " + relativePath);
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".artifact-", ".tmp");
        Files.write(temp, content);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void log(String line) {
        lines.add(line);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }
}
