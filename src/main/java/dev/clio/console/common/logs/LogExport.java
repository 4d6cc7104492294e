package dev.clio.console.common.logs;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Writes lines to a file atomically: a temporary file next to the target, then a rename, so a failed export (full
 * disk, unwritable directory) leaves no half-written file behind and the old file, if any, untouched.
 */
public final class LogExport {

    /** An export that failed; the message is a sentence for the user. */
    public static final class ExportException extends RuntimeException {
        ExportException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private LogExport() {
    }

    public static void write(Path file, List<String> lines) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = null;
        try {
            if (Files.isDirectory(target)) {
                throw new ExportException("Cannot export to " + target + ": it is a directory; choose a file name",
                        null);
            }
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    out.write(line);
                    out.write('\n');
                }
            }
            move(tmp, target);
            tmp = null;
        } catch (IOException e) {
            throw new ExportException("Cannot export to " + target + ": " + reason(e, dir), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named after the target
                }
            }
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String reason(IOException e, Path dir) {
        String detail = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        String lower = detail.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left")) {
            return "the disk is full; free some space or choose another disk";
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied")
                || lower.contains("read-only file system")) {
            return "the folder " + dir + " is not writable; choose another folder";
        }
        if (e instanceof NoSuchFileException || lower.contains("not a directory")) {
            return "the folder " + dir + " does not exist; choose an existing folder";
        }
        return detail;
    }
}
