package dev.clio.engine.run;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Atomic file writes: a temp file in the target's directory, then an atomic rename; the temp never survives. */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to {@code target} so that readers see the old file or the whole new one. An interrupted
     * thread writes nothing; a failure or an interrupt while writing removes the temp file.
     */
    static void write(Path target, byte[] content) throws IOException {
        refuseWhenInterrupted();
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.write(temp, content);
            refuseWhenInterrupted();
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void refuseWhenInterrupted() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("step was cancelled; artifact not written");
        }
    }
}
