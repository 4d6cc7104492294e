package dev.clio.console.common.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeMergerTest {

    private static LogLine at(String source, String time, String text) {
        return Lines.PARSER.parse(source, time + " " + text, Lines.ARRIVAL);
    }

    private static List<String> texts(List<LogLine> lines) {
        return lines.stream().map(l -> l.text().substring(l.text().indexOf(' ') + 1)).toList();
    }

    @Test
    void linesOfSeveralSourcesComeOutInTimeOrder() {
        TimeMerger merger = new TimeMerger(List.of("a", "b"), Duration.ofSeconds(1));
        merger.add(at("a", "2026-12-01T10:00:01Z", "a1"));
        merger.add(at("a", "2026-12-01T10:00:03Z", "a3"));
        merger.add(at("b", "2026-12-01T10:00:02Z", "b2"));
        merger.add(at("b", "2026-12-01T10:00:04Z", "b4"));
        // b may still send something before 10:00:04 and a before 10:00:03: only up to 10:00:03 is certain
        assertThat(texts(merger.release(Instant.parse("2026-12-01T10:00:03.500Z")))).containsExactly("a1", "b2",
                "a3");
        assertThat(texts(merger.releaseAll())).containsExactly("b4");
    }

    @Test
    void aSilentSourceHoldsLinesBackOnlyForTheHoldBack() {
        TimeMerger merger = new TimeMerger(List.of("a", "quiet"), Duration.ofSeconds(1));
        merger.add(at("a", "2026-12-01T10:00:01Z", "a1"));
        assertThat(merger.release(Instant.parse("2026-12-01T10:00:01.500Z"))).isEmpty();
        assertThat(texts(merger.release(Instant.parse("2026-12-01T10:00:02Z")))).containsExactly("a1");
    }

    @Test
    void equalTimesKeepArrivalOrder() {
        TimeMerger merger = new TimeMerger(List.of("a", "b"), Duration.ZERO);
        merger.add(at("b", "2026-12-01T10:00:01Z", "first"));
        merger.add(at("a", "2026-12-01T10:00:01Z", "second"));
        merger.add(at("a", "2026-12-01T10:00:00Z", "earliest"));
        assertThat(texts(merger.releaseAll())).containsExactly("earliest", "first", "second");
    }
}
