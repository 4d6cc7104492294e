package dev.clio.store.diagnostics;

/**
 * Size of a SQLite database.
 *
 * @param fileSizeBytes the main file plus its write-ahead log
 * @param freePages pages on the free list, which {@code VACUUM} would give back
 */
public record StorageStats(long fileSizeBytes, long pageSize, long pageCount, long freePages) {
}
