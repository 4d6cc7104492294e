package dev.clio.incident;

import dev.clio.ops.OpsException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a report file atomically: a temporary file beside it, forced to disk, then renamed over it. A full disk or an
 * unwritable directory leaves the old file (if any) as it was and no temporary behind; the incident itself is in the
 * store and is never touched by an export.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** @throws OpsException UNAVAILABLE with what to do, when the file cannot be written */
    public static Path write(Path target, String markdown) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(markdown.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw OpsException.unavailable("cannot write " + target + " (" + reason(e) + "); the incident is safe in "
                    + "the store: free some space or make the directory writable, or choose another file with --out");
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied: " + message : message;
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the report failed already; a stray temporary file is the lesser problem
            }
        }
    }
}
