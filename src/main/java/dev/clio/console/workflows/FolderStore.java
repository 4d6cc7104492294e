package dev.clio.console.workflows;

import dev.clio.engine.workflow.Diagnostic;
import dev.clio.engine.workflow.ValidationResult;
import dev.clio.engine.workflow.WorkflowValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The workflows of a folder on this machine ({@code .ai/workflows} of the workspace, or a folder the user opened),
 * searched a few levels deep. Diagnostics name files relative to {@code labelBase} (the workspace root) when inside
 * it, else by absolute path — the way {@code cli-orchestrator verify} names the files it is given.
 */
final class FolderStore implements WorkflowStore {

    static final int MAX_DEPTH = 6;
    static final int MAX_FILES = 2_000;

    private final Path folder;
    private final Path labelBase;
    private final String title;
    private final WorkflowValidator validator;

    FolderStore(Path folder, Path labelBase, String title, WorkflowValidator validator) {
        this.folder = folder.toAbsolutePath().normalize();
        this.labelBase = labelBase == null ? null : labelBase.toAbsolutePath().normalize();
        this.title = title;
        this.validator = validator;
    }

    Path folder() {
        return folder;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public List<FileEntry> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<FileEntry> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder, MAX_DEPTH, new FileVisitOption[0])) {
            for (Path file : walk.filter(FolderStore::isYaml).sorted().limit(MAX_FILES).toList()) {
                out.add(entry(file));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
        return out;
    }

    private FileEntry entry(Path file) {
        FileLocation location = location(file);
        String display = folder.relativize(file).toString().replace('\\', '/');
        try {
            ValidationResult result = validator.validate(location.label(),
                    Files.readString(file, StandardCharsets.UTF_8));
            int errors = (int) result.count(Diagnostic.Severity.ERROR);
            int warnings = (int) result.count(Diagnostic.Severity.WARNING);
            return new FileEntry(location, display, FileEntry.of(errors, warnings), errors, warnings);
        } catch (IOException | UncheckedIOException e) {
            return new FileEntry(location, display, FileEntry.Validity.UNREADABLE, 0, 0);
        }
    }

    FileLocation.Local location(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String label = labelBase != null && abs.startsWith(labelBase)
                ? labelBase.relativize(abs).toString().replace('\\', '/') : abs.toString();
        return new FileLocation.Local(abs, label);
    }

    @Override
    public String read(FileLocation location) {
        Path path = ((FileLocation.Local) location).path();
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public FileLocation save(String name, String text) {
        Path target = resolve(name);
        try {
            writeAtomically(target, text);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save " + target + ": " + e.getMessage(), e);
        }
        return location(target);
    }

    @Override
    public String nameOf(FileLocation location) {
        Path path = ((FileLocation.Local) location).path();
        return path.startsWith(folder) ? folder.relativize(path).toString().replace('\\', '/') : path.toString();
    }

    @Override
    public boolean holds(FileLocation location) {
        return location instanceof FileLocation.Local local && local.path().startsWith(folder);
    }

    /** A name relative to the folder (or an absolute path, from "save as"), kept a YAML file name. */
    Path resolve(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Give the file a name, e.g. MY_WORKFLOW.yaml.");
        }
        Path path = Path.of(trimmed);
        Path target = (path.isAbsolute() ? path : folder.resolve(path)).normalize();
        String file = target.getFileName().toString();
        if (!file.endsWith(".yaml") && !file.endsWith(".yml")) {
            throw new IllegalArgumentException("A workflow file name ends in .yaml or .yml: " + file);
        }
        return target;
    }

    /** Writes a sibling temporary file and moves it over the target, so readers never see half a file. */
    static void writeAtomically(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static boolean isYaml(Path p) {
        String n = p.getFileName().toString();
        return (n.endsWith(".yaml") || n.endsWith(".yml")) && Files.isRegularFile(p);
    }
}
