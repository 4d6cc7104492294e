package dev.clio.console.common.logs;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Test helper: parses raw lines the way sources do. */
final class Lines {

    static final LogLineParser PARSER = new LogLineParser(ZoneOffset.UTC);
    static final Instant ARRIVAL = Instant.parse("2026-12-01T10:00:00Z");

    private Lines() {
    }

    static LogLine one(String raw) {
        return PARSER.parse("test", raw, ARRIVAL);
    }

    static List<LogLine> of(String... raw) {
        List<LogLine> lines = new ArrayList<>();
        for (String r : raw) {
            lines.add(one(r));
        }
        return lines;
    }

    static List<LogLine> numbered(int from, int count) {
        List<LogLine> lines = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            lines.add(one("line " + i));
        }
        return lines;
    }
}
