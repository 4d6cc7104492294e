package dev.clio.integrations.docker;

import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

/**
 * Reassembles lines from log frames: a frame may hold part of a line or several lines, per stream. Each line starts
 * with the engine's RFC 3339 timestamp (the gateway asks for timestamps) which becomes {@link LogLine#timestamp()}.
 * Not thread-safe: one per stream callback.
 */
final class FrameLines {

    /** Longer lines are cut here; a container printing without newlines must not exhaust the heap. */
    static final int MAX_LINE = 64 * 1024;

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();
    private final Consumer<LogLine> sink;

    FrameLines(Consumer<LogLine> sink) {
        this.sink = sink;
    }

    void accept(Frame frame) {
        boolean stderr = frame.getStreamType() == StreamType.STDERR;
        StringBuilder buffer = stderr ? err : out;
        String text = new String(frame.getPayload(), StandardCharsets.UTF_8);
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            buffer.append(text, start, nl);
            emit(buffer, stderr);
            start = nl + 1;
        }
        buffer.append(text, start, text.length());
        if (buffer.length() >= MAX_LINE) {
            emit(buffer, stderr);
        }
    }

    /** Delivers what is left without a final newline. */
    void flush() {
        if (!out.isEmpty()) {
            emit(out, false);
        }
        if (!err.isEmpty()) {
            emit(err, true);
        }
    }

    private void emit(StringBuilder buffer, boolean stderr) {
        String line = buffer.length() > MAX_LINE ? buffer.substring(0, MAX_LINE) : buffer.toString();
        buffer.setLength(0);
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        sink.accept(parse(line, stderr));
    }

    static LogLine parse(String line, boolean stderr) {
        int space = line.indexOf(' ');
        if (space > 0 && Character.isDigit(line.charAt(0))) {
            try {
                return new LogLine(Instant.parse(line.substring(0, space)), stderr, line.substring(space + 1));
            } catch (DateTimeParseException e) {
                // not a timestamp: the whole line is text
            }
        }
        return new LogLine(null, stderr, line);
    }
}
