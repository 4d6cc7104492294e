package dev.clio.ops.embedded;

import dev.clio.ops.OpsException;
import dev.clio.ops.Resources;
import dev.clio.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files under {@code artifacts/}, strictly inside it: symbolic links are neither followed nor listed nor
 * removed, and a symlinked {@code artifacts/} itself is refused, so nothing outside the workspace is read or deleted.
 */
final class ArtifactFiles {

    static final int MAX_FILES = 10_000;

    private final Workspace workspace;

    ArtifactFiles(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Regular files, by path, at most {@value #MAX_FILES}. Blocks on walking the directory. */
    List<Resources.ArtifactInfo> list() {
        List<Resources.ArtifactInfo> out = new ArrayList<>();
        for (Path file : regularFiles()) {
            BasicFileAttributes a = attributes(file);
            if (a != null) {
                out.add(new Resources.ArtifactInfo(relative(file), a.size(), a.lastModifiedTime().toInstant()));
            }
        }
        return out;
    }

    /** Removes (or with {@code dryRun} only names) {@code *.tmp} files and empty files. */
    Resources.CleanResult clean(boolean dryRun) {
        List<String> removed = new ArrayList<>();
        long freed = 0;
        for (Path file : regularFiles()) {
            BasicFileAttributes a = attributes(file);
            if (a == null || !(a.size() == 0 || file.getFileName().toString().endsWith(".tmp"))) {
                continue;
            }
            try {
                if (!dryRun && !Files.deleteIfExists(file)) {
                    continue;
                }
                removed.add(relative(file));
                freed += a.size();
            } catch (IOException e) {
                throw OpsException.unavailable("cannot remove " + relative(file) + ": " + e.getMessage()
                        + " (removed before it: " + removed.size() + ")");
            }
        }
        return new Resources.CleanResult(dryRun, removed, freed);
    }

    private List<Path> regularFiles() {
        Path root = workspace.artifacts();
        if (Files.isSymbolicLink(root)) {
            throw OpsException.invalid(root + " is a symbolic link; artifacts/ must be a real directory inside the"
                    + " workspace");
        }
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> p.normalize().startsWith(root)).sorted().limit(MAX_FILES).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw OpsException.unavailable("cannot list " + root + ": " + e.getMessage());
        }
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    private String relative(Path file) {
        return workspace.root().relativize(file).toString().replace('\\', '/');
    }
}
