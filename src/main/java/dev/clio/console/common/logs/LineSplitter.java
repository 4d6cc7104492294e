package dev.clio.console.common.logs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Cuts a byte stream into UTF-8 lines. A line longer than {@link #MAX_LINE_BYTES} is kept up to that length (the
 * rest is skipped until its end), so one pathological line cannot exhaust memory.
 */
final class LineSplitter {

    static final int MAX_LINE_BYTES = 1 << 20;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private final Consumer<String> sink;

    LineSplitter(Consumer<String> sink) {
        this.sink = sink;
    }

    void accept(byte[] bytes, int length) {
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            if (partial.size() == 0) {
                sink.accept(new String(bytes, start, i - start, StandardCharsets.UTF_8));
            } else {
                keep(bytes, start, i - start);
                sink.accept(partial.toString(StandardCharsets.UTF_8));
                partial.reset();
            }
            start = i + 1;
        }
        keep(bytes, start, length - start);
    }

    /** Delivers a last line that has no newline (the end of a rotated file). */
    void flush() {
        if (partial.size() > 0) {
            sink.accept(partial.toString(StandardCharsets.UTF_8));
            partial.reset();
        }
    }

    void reset() {
        partial.reset();
    }

    private void keep(byte[] bytes, int from, int length) {
        int room = MAX_LINE_BYTES - partial.size();
        if (room > 0 && length > 0) {
            partial.write(bytes, from, Math.min(room, length));
        }
    }
}
