package dev.clio.integrations.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines from log frames that split and join lines, per stream, with the engine's timestamps. */
class FrameLinesTest {

    private final List<LogLine> lines = new ArrayList<>();
    private final FrameLines assembler = new FrameLines(lines::add);

    @Test
    void framesAreJoinedAndSplitIntoLinesPerStream() {
        frame(StreamType.STDOUT, "2026-12-01T10:00:00.000000001Z first ha");
        frame(StreamType.STDERR, "2026-12-01T10:00:01Z oops\n");
        frame(StreamType.STDOUT, "lf\n2026-12-01T10:00:02Z second\r\n2026-12-01T10:00:03Z thi");
        assembler.flush();
        assertThat(lines).containsExactly(
                new LogLine(Instant.parse("2026-12-01T10:00:01Z"), true, "oops"),
                new LogLine(Instant.parse("2026-12-01T10:00:00.000000001Z"), false, "first half"),
                new LogLine(Instant.parse("2026-12-01T10:00:02Z"), false, "second"),
                new LogLine(Instant.parse("2026-12-01T10:00:03Z"), false, "thi"));
    }

    @Test
    void aLineWithoutTimestampIsAllTextAndOverlongLinesAreCut() {
        frame(StreamType.RAW, "2026 was a year\n");
        frame(StreamType.STDOUT, "x".repeat(FrameLines.MAX_LINE + 10));
        assertThat(lines.get(0)).isEqualTo(new LogLine(null, false, "2026 was a year"));
        assertThat(lines.get(1).text()).hasSize(FrameLines.MAX_LINE);
    }

    private void frame(StreamType type, String text) {
        assembler.accept(new Frame(type, text.getBytes(StandardCharsets.UTF_8)));
    }
}
