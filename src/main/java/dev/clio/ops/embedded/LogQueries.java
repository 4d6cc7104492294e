package dev.clio.ops.embedded;

import dev.clio.ops.OpsException;
import dev.clio.ops.Resources;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code logs}: the newest matching lines of the structured log, oldest first (as {@code tail} shows them). Reads the
 * active file backwards in blocks and stops at the limit, at the first line well before {@code since} (lines are
 * written in time order, give or take the writers' clocks), or after {@value #MAX_SCAN_BYTES} bytes.
 */
final class LogQueries {

    static final int MAX_SCAN_BYTES = 16 * 1024 * 1024;
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    private static final int BLOCK = 256 * 1024;
    /** How far a line may be out of time order before the scan stops at it. */
    private static final Duration SKEW = Duration.ofMinutes(1);

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
        if (!Files.isRegularFile(file)) {
            return found;
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            scan(in, filter, since, limit, found);
        } catch (IOException e) {
            throw OpsException.unavailable("cannot read the log " + file + ": " + e.getMessage());
        }
        Collections.reverse(found);
        return found;
    }

    private static void scan(RandomAccessFile in, LogFilter filter, Instant since, int limit,
            List<Resources.LogEntry> found) throws IOException {
        long end = in.length();
        long floor = Math.max(0, end - MAX_SCAN_BYTES);
        byte[] carry = new byte[0];
        for (long pos = end; pos > floor && found.size() < limit; ) {
            long start = Math.max(floor, pos - BLOCK);
            byte[] block = new byte[(int) (pos - start) + carry.length];
            in.seek(start);
            in.readFully(block, 0, (int) (pos - start));
            System.arraycopy(carry, 0, block, (int) (pos - start), carry.length);
            int lineEnd = block.length;
            for (int i = block.length - 1; i >= 0 && found.size() < limit; i--) {
                if (block[i] == '\n') {
                    if (!take(new String(block, i + 1, lineEnd - i - 1, StandardCharsets.UTF_8), filter, since,
                            found)) {
                        return;
                    }
                    lineEnd = i;
                }
            }
            carry = java.util.Arrays.copyOf(block, lineEnd);
            pos = start;
        }
        if (found.size() < limit && floor == 0 && carry.length > 0) {
            take(new String(carry, StandardCharsets.UTF_8), filter, since, found);
        }
    }

    /** Adds a matching line; false when the scan should stop (the line is well before {@code since}). */
    private static boolean take(String line, LogFilter filter, Instant since, List<Resources.LogEntry> found) {
        if (since != null) {
            Instant at = LogFilter.timestamp(line);
            if (at != null && at.isBefore(since.minus(SKEW))) {
                return false;
            }
        }
        Resources.LogEntry entry = filter.match(line);
        if (entry != null && (since == null || !entry.timestamp().isBefore(since))) {
            found.add(entry);
        }
        return true;
    }
}
