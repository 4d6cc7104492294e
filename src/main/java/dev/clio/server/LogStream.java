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
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Serves a stream of Operations records as server-sent events ({@code GET /api/v1/logs/stream}, a container's
 * {@code /logs/stream}): {@code event: log} (or the route's event name) with one record as JSON, {@code event: dropped}
 * when this client lagged and its oldest buffered lines were dropped, a comment line as heartbeat, and
 * {@code event: end} when the source ended by itself (a followed container stopped). The request thread writes; the
 * Operations subscription only fills a bounded buffer, so a slow client never slows the log source. The subscription
 * is closed when the client goes away (noticed at the latest on the next heartbeat) or the server stops.
 */
final class LogStream {

    private static final int BATCH = 200;

    private final ArrayDeque<Object> buffer = new ArrayDeque<>();
    private final int capacity;
    private final AtomicBoolean stopping;
    private long dropped;

    private LogStream(int capacity, AtomicBoolean stopping) {
        this.capacity = capacity;
        this.stopping = stopping;
    }

    /** Blocks the calling request thread for as long as the client listens. */
    static Reply serve(Operations ops, Resources.LogQuery query, ApiCall call) {
        return serve(call, "log", sink -> ops.streamLogs(query, sink::accept));
    }

    /**
     * Serves records from the subscription {@code open} makes for a sink; blocks for as long as the client listens
     * and the subscription is open.
     */
    static Reply serve(ApiCall call, String eventName,
            Function<Consumer<Object>, Operations.Subscription> open) {
        Settings s = call.streams();
        if (!s.streams.tryAcquire()) {
            throw OpsException.unavailable("too many log streams are open; close one or try again later");
        }
        try {
            new LogStream(s.buffer, s.stopping).run(open, eventName, call.context().res(), s);
            return Reply.WRITTEN;
        } finally {
            s.streams.release();
        }
    }

    /** Opens the source before the answer starts, so that its refusal (no such container) is a plain error. */
    private void run(Function<Consumer<Object>, Operations.Subscription> open,
            String eventName, HttpServletResponse res, Settings s) {
        try (Operations.Subscription subscription = open.apply(this::offer)) {
            res.setStatus(200);
            res.setContentType("text/event-stream");
            res.setCharacterEncoding("UTF-8");
            res.setHeader("Cache-Control", "no-cache");
            res.setHeader("X-Accel-Buffering", "no");
            ServletOutputStream out = res.getOutputStream();
            out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            pump(out, s, subscription, eventName);
        } catch (IOException e) {
            // the client went away: closing the subscription above is all there is to do
        }
    }

    private void pump(ServletOutputStream out, Settings s, Operations.Subscription subscription, String eventName)
            throws IOException {
        long nextBeat = System.nanoTime() + s.heartbeat.toNanos();
        while (!s.stopping.get()) {
            boolean ended = !subscription.isOpen();
            Batch batch = take(ended ? 1 : Math.min(250, s.heartbeat.toMillis()));
            if (batch.dropped > 0) {
                out.write(event("dropped", "{\"dropped\":" + batch.dropped + ",\"message\":\"this client lagged; "
                        + batch.dropped + " older lines were dropped\"}"));
            }
            for (Object entry : batch.entries) {
                out.write(event(eventName, json(entry)));
            }
            if (ended && batch.entries.isEmpty()) {
                out.write(event("end", "{\"message\":\"the stream ended at its source\"}"));
                out.flush();
                return;
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
    private synchronized void offer(Object entry) {
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
        List<Object> entries = new ArrayList<>(Math.min(BATCH, buffer.size()));
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

    private static String json(Object entry) {
        try {
            // one line per data field: JSON escapes every newline inside strings
            return OpsJson.mapper().writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("log entry not serialisable", e);
        }
    }

    private record Batch(List<Object> entries, long dropped) {
    }

    /** The stream limits of one server; {@code stopping} ends every stream when the server stops. */
    record Settings(Duration heartbeat, int buffer, Semaphore streams, AtomicBoolean stopping) {
    }
}
