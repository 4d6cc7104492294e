package dev.clio.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The append-only audit trail {@code security/audit.jsonl}: one JSON object per line, written with one append per
 * record (so the CLI and a server can share the file) and visible to readers as soon as {@link #append} returns.
 * Parameters and free text pass through the {@link Redactor}. Thread-safe. Queries read the file from its end.
 */
public final class AuditLog implements AutoCloseable {

    private final Path file;
    private final Clock clock;
    private FileChannel channel;

    public AuditLog(Path file, Clock clock) {
        this.file = Objects.requireNonNull(file, "file");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The audit log of a workspace's security directory. */
    public static AuditLog open(Path securityDirectory) {
        return new AuditLog(securityDirectory.resolve("audit.jsonl"), Clock.systemUTC());
    }

    public Path file() {
        return file;
    }

    /**
     * Appends one record, redacted. Blocks for one file write.
     *
     * @throws SecurityStoreException when the file cannot be written (callers of mutating actions should fail them)
     */
    public void append(AuditRecord record) {
        byte[] line = line(record.redacted());
        synchronized (this) {
            try {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                FileChannel out = channel();
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
            } catch (IOException e) {
                closeQuietly();
                throw new SecurityStoreException("cannot write the audit log " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Runs a mutating action and audits it with its result and duration: {@code ok}, or {@code error} with the
     * exception's message (the exception is rethrown).
     */
    public <T> T audited(Caller caller, String action, String target, Map<String, ?> parameters, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            T value = work.get();
            append(AuditRecord.of(clock.instant(), caller, action, target, parameters, AuditResult.OK, "",
                    Duration.ofNanos(System.nanoTime() - start), null));
            return value;
        } catch (RuntimeException e) {
            append(AuditRecord.of(clock.instant(), caller, action, target, parameters, AuditResult.ERROR,
                    e.getMessage(), Duration.ofNanos(System.nanoTime() - start), null));
            throw e;
        }
    }

    /** Records matching the query, newest first; stops at the first record older than {@code since}. */
    public AuditPage query(AuditQuery query) {
        if (!Files.exists(file)) {
            return new AuditPage(List.of(), 0);
        }
        List<AuditRecord> found = new ArrayList<>();
        int corrupt = 0;
        try (ReverseLineReader reader = new ReverseLineReader(file)) {
            for (String line = reader.previous(); line != null && found.size() < query.limit();
                    line = reader.previous()) {
                AuditRecord record = parse(line);
                if (record == null) {
                    corrupt++;
                } else if (query.since() != null && record.timestamp().isBefore(query.since())) {
                    break;
                } else if (query.matches(record)) {
                    found.add(record);
                }
            }
        } catch (IOException e) {
            throw new SecurityStoreException("cannot read the audit log " + file + ": " + e.getMessage(), e);
        }
        return new AuditPage(List.copyOf(found), corrupt);
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }

    private FileChannel channel() throws IOException {
        if (channel == null || !channel.isOpen()) {
            PrivateFiles.ensureFile(file);
            channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        }
        return channel;
    }

    private void closeQuietly() {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // nothing left to release
        }
        channel = null;
    }

    private static byte[] line(AuditRecord record) {
        try {
            return (SecurityJson.MAPPER.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit record cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static AuditRecord parse(String line) {
        try { // an oversized line comes back as a marker that is not JSON, so it counts as corrupt too
            AuditRecord r = SecurityJson.MAPPER.readValue(line, AuditRecord.class);
            return r == null || r.timestamp() == null || r.action() == null ? null : r;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
