package dev.clio.ops.embedded;

import dev.clio.ops.OpsException;
import dev.clio.ops.Resources;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code logs}: the newest matching lines of the structured log, oldest first (as {@code tail} shows them). Reads at
 * most the last {@value #MAX_SCAN_BYTES} bytes of the active file, so a query stays fast on a 50 MiB log.
 */
final class LogQueries {

    static final int MAX_SCAN_BYTES = 16 * 1024 * 1024;
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private LogQueries() {
    }

    /** Blocks on reading the end of the file. */
    static List<Resources.LogEntry> query(Path file, Resources.LogQuery query, Instant now) {
        int limit = query.limit() < 1 ? DEFAULT_LIMIT : Math.min(query.limit(), MAX_LIMIT);
        if (query.since() != null && query.since().isNegative()) {
            throw OpsException.invalid("since: must be a positive duration such as 10m");
        }
        Instant since = query.since() == null ? null : now.minus(query.since());
        LogFilter filter = new LogFilter(query);
        List<Resources.LogEntry> found = new ArrayList<>();
        List<String> lines = tail(file);
        for (int i = lines.size() - 1; i >= 0 && found.size() < limit; i--) {
            Resources.LogEntry entry = filter.match(lines.get(i));
            if (entry != null && (since == null || !entry.timestamp().isBefore(since))) {
                found.add(entry);
            }
        }
        Collections.reverse(found);
        return found;
    }

    private static List<String> tail(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            long start = Math.max(0, length - MAX_SCAN_BYTES);
            byte[] bytes = new byte[(int) (length - start)];
            in.seek(start);
            in.readFully(bytes);
            List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n")));
            if (start > 0 && !lines.isEmpty()) {
                lines.remove(0); // the first line was cut by the scan limit
            }
            return lines;
        } catch (IOException e) {
            throw OpsException.unavailable("cannot read the log " + file + ": " + e.getMessage());
        }
    }
}
