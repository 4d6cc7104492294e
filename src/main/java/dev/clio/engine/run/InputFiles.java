package dev.clio.engine.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The workspace files a step's glob patterns match. {@code **}{@code /} also matches no directory at all, as users
 * of shells and git expect; the engine's own directories ({@code cache}, {@code logs}, {@code .git}) never match.
 */
final class InputFiles {

    private static final Set<String> IGNORED = Set.of("cache", "logs", ".git");

    private InputFiles() {
    }

    /** Workspace-relative paths with '/' separators, sorted; patterns that try to leave the workspace match nothing. */
    static List<String> match(Path root, List<String> patterns) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            if (pattern.isBlank() || pattern.startsWith("/") || pattern.contains("..")) {
                continue;
            }
            for (String variant : variants(pattern)) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
            }
        }
        if (matchers.isEmpty()) {
            return List.of();
        }
        return walk(root, matchers);
    }

    /** Java's {@code **}{@code /} needs at least one directory; these variants let it match none. */
    private static Set<String> variants(String pattern) {
        Set<String> variants = new TreeSet<>(List.of(pattern, pattern.replaceFirst("/\\*\\*/", "/"),
                pattern.replace("/**/", "/")));
        for (String v : List.copyOf(variants)) {
            if (v.startsWith("**/")) {
                variants.add(v.substring(3));
            }
        }
        return variants;
    }

    private static List<String> walk(Path root, List<PathMatcher> matchers) {
        Set<String> found = new TreeSet<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean ignored = !dir.equals(root) && dir.getParent().equals(root)
                            && IGNORED.contains(dir.getFileName().toString());
                    return ignored ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path relative = root.relativize(file);
                    if (attrs.isRegularFile() && matchers.stream().anyMatch(m -> m.matches(relative))) {
                        found.add(relative.toString().replace('\\', '/'));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input files: " + e.getMessage(), e);
        }
        return List.copyOf(found);
    }
}
