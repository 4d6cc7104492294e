package dev.clio.engine.log;

/**
 * How a log file rolls over: when the active file passes {@code maxFileBytes} it is renamed to {@code <file>.1}, the
 * older archives shift up by one, and anything beyond {@code archivedFiles} is deleted. Archives stay uncompressed so
 * that {@code grep … logs/cli-orchestrator.log*} works on them.
 *
 * @param maxFileBytes size at which the active file is rolled (at least 1 KiB)
 * @param archivedFiles how many rolled files to keep (1 to 20, a logback limit)
 */
public record LogRotation(long maxFileBytes, int archivedFiles) {

    /** 50 MiB per file, 5 archives: at most 300 MiB per log on disk. */
    public static final LogRotation DEFAULT = new LogRotation(50L * 1024 * 1024, 5);

    public LogRotation {
        if (maxFileBytes < 1024) {
            throw new IllegalArgumentException("maxFileBytes must be at least 1024, got " + maxFileBytes);
        }
        if (archivedFiles < 1 || archivedFiles > 20) {
            throw new IllegalArgumentException("archivedFiles must be between 1 and 20, got " + archivedFiles);
        }
    }
}
