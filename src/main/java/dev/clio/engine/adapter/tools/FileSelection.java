package dev.clio.engine.adapter.tools;

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
 * Expands file patterns ({@code src/**}{@code /*.py}, {@code tests/}, {@code app.py}) to workspace-relative files.
 * {@code **}{@code /} also matches no directory at all, as users expect ({@code src/**}{@code /*.py} includes
 * {@code src/a.py}). Version-control, cache and dependency directories are skipped; patterns that escape the
 * workspace match nothing.
 */
public final class FileSelection {

    private static final Set<String> SKIPPED = Set.of(".git", ".hg", ".svn", "node_modules", "__pycache__",
            ".mypy_cache", ".pytest_cache", ".ruff_cache", ".venv", "venv", ".tox", "artifacts", "logs", "cache");
    private static final int MAX_FILES = 10_000;

    private FileSelection() {
    }

    /** Files matching any pattern and ending with one of {@code extensions} (all files when empty), sorted. */
    public static List<String> select(Path workspace, List<String> patterns, Set<String> extensions)
            throws IOException {
        Path root = workspace.toAbsolutePath().normalize();
        List<PathMatcher> matchers = new ArrayList<>();
        Set<String> result = new TreeSet<>();
        for (String pattern : patterns) {
            String clean = pattern.strip().replace('\\', '/').replaceFirst("^\\./", "");
            if (clean.isEmpty() || !root.resolve(clean.replaceAll("[*?\\[{].*$", "")).normalize().startsWith(root)) {
                continue;
            }
            Path literal = root.resolve(clean).normalize();
            if (!hasGlob(clean) && Files.isRegularFile(literal)) {
                result.add(root.relativize(literal).toString());
            } else {
                String glob = !hasGlob(clean) ? clean.replaceFirst("/$", "") + "/**" : clean;
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.replace("**/", "")));
            }
        }
        if (!matchers.isEmpty()) {
            walk(root, matchers, extensions, result);
        }
        return result.stream().filter(f -> wanted(f, extensions)).limit(MAX_FILES).toList();
    }

    private static void walk(Path root, List<PathMatcher> matchers, Set<String> extensions, Set<String> into)
            throws IOException {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && SKIPPED.contains(dir.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path relative = root.relativize(file);
                    if (attrs.isRegularFile() && matchers.stream().anyMatch(m -> m.matches(relative))) {
                        into.add(relative.toString());
                    }
                    return into.size() >= MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean hasGlob(String pattern) {
        return pattern.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    private static boolean wanted(String file, Set<String> extensions) {
        return extensions.isEmpty() || extensions.stream().anyMatch(file::endsWith);
    }
}
