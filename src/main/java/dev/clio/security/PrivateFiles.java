package dev.clio.security;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Files only their owner can read: directories 700, files 600, replaced atomically (temp file + rename). */
public final class PrivateFiles {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** Creates the directory (and parents) if needed and makes it owner-only. */
    public static void ensureDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, attributes(DIRECTORY));
        }
        if (POSIX) {
            Files.setPosixFilePermissions(dir, DIRECTORY);
        }
    }

    /** Creates an empty owner-only file if it is missing, and tightens an existing one. */
    public static void ensureFile(Path file) throws IOException {
        ensureDirectory(file.getParent());
        if (!Files.exists(file)) {
            try {
                Files.createFile(file, attributes(FILE));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another process created it first: fine, permissions are fixed below
            }
        }
        if (POSIX) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /** Replaces {@code target} with {@code content} so that readers see either the old or the new file, never half. */
    public static void writeAtomically(Path target, byte[] content) throws IOException {
        Path dir = target.getParent();
        ensureDirectory(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp", attributes(FILE));
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }
}
