package dev.clio.workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates the layout of a {@link Workspace}, the sample workflows and the schemas. Never overwrites or changes an
 * existing file or directory, so running it again is always safe; a file a concurrent run created first counts as
 * kept.
 */
public final class WorkspaceInitializer {

    /** The schema resources copied to {@code .ai/schemas/}; the {@code validator} package owns them. */
    static final List<String> SCHEMAS = List.of("workflow.schema.json", "diagnostics.schema.json");
    private static final String SCHEMA_BASE = "/dev/clio/schemas/";
    static final String RUNBOOK_SCHEMA = "runbook.schema.json";
    static final String RUNBOOK_SCHEMA_RESOURCE = "/dev/clio/runbooks/runbook.schema.json";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Workspace workspace;
    private final List<Path> created = new ArrayList<>();
    private final List<Path> kept = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private WorkspaceInitializer(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Initialises a workspace in {@code target}, creating it and its parents when missing.
     *
     * @throws IOException with a one-line message when the target is a file, a layout path is taken by a file, a
     *     bundled resource is missing, or the disk refuses a write
     */
    public static InitReport initialize(Path target) throws IOException {
        try {
            return run(new Workspace(target));
        } catch (FileSystemException e) {
            throw new IOException(FileProblems.describe(e), e);
        }
    }

    private static InitReport run(Workspace workspace) throws IOException {
        if (Files.exists(workspace.root()) && !Files.isDirectory(workspace.root())) {
            throw new IOException("cannot create a workspace in " + workspace.root()
                    + ": it is a file, not a directory; choose another directory");
        }
        Map<Path, byte[]> files = bundledFiles(workspace);
        WorkspaceInitializer init = new WorkspaceInitializer(workspace);
        init.createLayout();
        for (Map.Entry<Path, byte[]> file : files.entrySet()) {
            init.writeIfAbsent(file.getKey(), file.getValue());
        }
        return new InitReport(workspace, init.created, init.kept, init.warnings);
    }

    /** Reads every resource before touching the disk, so a broken build writes nothing. */
    private static Map<Path, byte[]> bundledFiles(Workspace workspace) throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (Sample sample : Samples.all()) {
            files.put(workspace.workflows().resolve(sample.fileName()), sample.content());
        }
        for (String schema : SCHEMAS) {
            files.put(workspace.schemas().resolve(schema), Samples.Resources.bytes(SCHEMA_BASE + schema));
        }
        // for editors: a user runbook in .ai/runbooks/ can name it (see docs/runbooks.md)
        files.put(workspace.schemas().resolve(RUNBOOK_SCHEMA), Samples.Resources.bytes(RUNBOOK_SCHEMA_RESOURCE));
        return files;
    }

    private void createLayout() throws IOException {
        Path parent = workspace.root().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        ensureDirectory(workspace.root(), false);
        ensureDirectory(workspace.root().resolve(".ai"), false);
        for (Path dir : List.of(workspace.workflows(), workspace.schemas(), workspace.runbooks(),
                workspace.artifacts(), workspace.logs())) {
            ensureDirectory(dir, false);
        }
        ensureDirectory(workspace.security(), true);
        for (Path dir : List.of(workspace.incidents(), workspace.config(), workspace.cache())) {
            ensureDirectory(dir, false);
        }
    }

    private void ensureDirectory(Path dir, boolean ownerOnly) throws IOException {
        if (Files.isDirectory(dir)) {
            keep(dir, ownerOnly);
            return;
        }
        if (Files.exists(dir)) {
            throw new IOException(dir + " exists but is not a directory; move it away and run init again");
        }
        try {
            Files.createDirectory(dir, ownerOnly && posix() ? ownerOnlyAttribute() : new FileAttribute<?>[0]);
            created.add(dir);
        } catch (FileAlreadyExistsException raced) {
            ensureDirectory(dir, ownerOnly);
        }
    }

    private void keep(Path dir, boolean ownerOnly) throws IOException {
        kept.add(dir);
        if (ownerOnly && posix()) {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(dir);
            if (!OWNER_ONLY.containsAll(mode)) {
                warnings.add(workspace.root().relativize(dir) + "/ is accessible to other users (mode "
                        + PosixFilePermissions.toString(mode) + "); run: chmod 700 " + dir);
            }
        }
    }

    private void writeIfAbsent(Path file, byte[] content) throws IOException {
        OutputStream out;
        try {
            out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException exists) {
            kept.add(file);
            return;
        }
        try (out) {
            out.write(content);
        } catch (IOException e) {
            // a half-written sample would be "kept" forever by the next run
            Files.deleteIfExists(file);
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        created.add(file);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<?>[] ownerOnlyAttribute() {
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)};
    }
}
