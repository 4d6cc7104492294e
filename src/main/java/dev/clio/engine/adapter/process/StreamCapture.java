package dev.clio.engine.adapter.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Collects one output stream of a child process: keeps the first {@code cap} bytes, counts the rest, and hands complete
 * lines to a listener. Fed either by {@link #pump(InputStream)} on its own (virtual) thread, so that a chatty child
 * never blocks on a full pipe, or by the native launcher's poll loop through {@link #accept} and {@link #finish}.
 */
final class StreamCapture {

    static final String TRUNCATION_MARKER = "[output truncated:";
    private static final int MAX_LINE_BYTES = 8192;

    private final int cap;
    private final Consumer<String> onLine;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private long dropped;
    private volatile boolean done;

    StreamCapture(int cap, Consumer<String> onLine) {
        this.cap = cap;
        this.onLine = onLine;
    }

    /** Reads {@code in} to its end into this capture, then closes it. */
    Runnable pump(InputStream in) {
        return () -> {
            byte[] buffer = new byte[8192];
            try (in) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    accept(buffer, n);
                }
            } catch (IOException e) {
                // The stream closes under us when the process is killed; what was read so far is the output.
            } finally {
                finish();
            }
        };
    }

    synchronized void accept(byte[] buffer, int n) {
        int kept = (int) Math.min(n, Math.max(0, cap - head.size()));
        head.write(buffer, 0, kept);
        dropped += n - kept;
        for (int i = 0; i < n; i++) {
            byte b = buffer[i];
            if (b == '\n') {
                flushLine();
            } else if (line.size() < MAX_LINE_BYTES) {
                line.write(b);
            }
        }
    }

    /** The stream ended: an unterminated last line still reaches the listener. */
    void finish() {
        flushLine();
        done = true;
    }

    private synchronized void flushLine() {
        if (line.size() == 0) {
            return;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        onLine.accept(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
    }

    boolean done() {
        return done;
    }

    synchronized boolean truncated() {
        return dropped > 0;
    }

    /** The captured text, ending with a marker line when bytes were dropped. */
    synchronized String text() {
        String text = head.toString(StandardCharsets.UTF_8);
        if (dropped == 0) {
            return text;
        }
        return text + (text.endsWith("\n") ? "" : "\n") + TRUNCATION_MARKER + " " + dropped
                + " more bytes not captured (cap " + cap + " bytes)]\n";
    }
}
