package dev.clio.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.clio.ops.Operations;
import dev.clio.ops.OpsException;
import dev.clio.ops.OpsJson;
import dev.clio.ops.Resources;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Serves {@code GET /api/v1/logs/stream} as server-sent events: {@code event: log} with one log entry as JSON,
 * {@code event: dropped} when this client lagged and its oldest buffered lines were dropped, and a comment line as
 * heartbeat. The request thread writes; the Operations subscription only fills a bounded buffer, so a slow client
 * never slows the log source. The subscription is closed when the client goes away (noticed at the latest on the next
 * heartbeat) or the server stops.
 */
final class LogStream {

    private static final int BATCH = 200;

    private final ArrayDeque<Resources.LogEntry> buffer = new ArrayDeque<>();
    private final int capacity;
    private final AtomicBoolean stopping;
    private long dropped;

    private LogStream(int capacity, AtomicBoolean stopping) {
        this.capacity = capacity;
        this.stopping = stopping;
    }

    /** Blocks the calling request thread for as long as the client listens. */
    static Reply serve(Operations ops, Resources.LogQuery query, ApiCall call) {
        Settings s = call.streams();
        if (!s.streams.tryAcquire()) {
            throw OpsException.unavailable("too many log streams are open; close one or try again later");
        }
        try {
            new LogStream(s.buffer, s.stopping).run(ops, query, call.context().res(), s);
            return Reply.WRITTEN;
        } finally {
            s.streams.release();
        }
    }

    private void run(Operations ops, Resources.LogQuery query, HttpServletResponse res, Settings s) {
        res.setStatus(200);
        res.setContentType("text/event-stream");
        res.setCharacterEncoding("UTF-8");
        res.setHeader("Cache-Control", "no-cache");
        res.setHeader("X-Accel-Buffering", "no");
        try (Operations.Subscription ignored = ops.streamLogs(query, this::offer)) {
            ServletOutputStream out = res.getOutputStream();
            out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            pump(out, s);
        } catch (IOException e) {
            // the client went away: closing the subscription above is all there is to do
        }
    }

    private void pump(ServletOutputStream out, Settings s) throws IOException {
        long nextBeat = System.nanoTime() + s.heartbeat.toNanos();
        while (!s.stopping.get()) {
            Batch batch = take(Math.min(250, s.heartbeat.toMillis()));
            if (batch.dropped > 0) {
                out.write(event("dropped", "{\"dropped\":" + batch.dropped + ",\"message\":\"this client lagged; "
                        + batch.dropped + " older lines were dropped\"}"));
            }
            for (Resources.LogEntry entry : batch.entries) {
                out.write(event("log", json(entry)));
            }
            if (!batch.entries.isEmpty() || batch.dropped > 0) {
                out.flush();
                nextBeat = System.nanoTime() + s.heartbeat.toNanos();
            } else if (System.nanoTime() >= nextBeat) {
                out.write(": heartbeat\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                nextBeat = System.nanoTime() + s.heartbeat.toNanos();
            }
        }
    }

    /** Called by the log source: never blocks; a full buffer drops its oldest line. */
    private synchronized void offer(Resources.LogEntry entry) {
        if (buffer.size() >= capacity) {
            buffer.pollFirst();
            dropped++;
        }
        buffer.addLast(entry);
        notifyAll();
    }

    private synchronized Batch take(long waitMillis) {
        if (buffer.isEmpty() && dropped == 0) {
            try {
                wait(Math.max(1, waitMillis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping.set(true);
            }
        }
        List<Resources.LogEntry> entries = new ArrayList<>(Math.min(BATCH, buffer.size()));
        while (!buffer.isEmpty() && entries.size() < BATCH) {
            entries.add(buffer.pollFirst());
        }
        Batch batch = new Batch(entries, dropped);
        dropped = 0;
        return batch;
    }

    private static byte[] event(String name, String data) {
        return ("event: " + name + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String json(Resources.LogEntry entry) {
        try {
            // one line per data field: JSON escapes every newline inside strings
            return OpsJson.mapper().writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("log entry not serialisable", e);
        }
    }

    private record Batch(List<Resources.LogEntry> entries, long dropped) {
    }

    /** The stream limits of one server; {@code stopping} ends every stream when the server stops. */
    record Settings(Duration heartbeat, int buffer, Semaphore streams, AtomicBoolean stopping) {
    }
}
