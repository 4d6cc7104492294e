package dev.clio.cli;

import dev.clio.security.KeyInfo;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The text table of {@code keys list}; times in UTC to the minute. */
final class KeyTable {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String ROW = "%-16s  %-12s  %-8s  %-7s  %-17s  %-17s  %-17s  %s%n";

    private KeyTable() {
    }

    static void print(List<KeyInfo> keys, Instant now, PrintWriter out) {
        out.printf(ROW, "ID", "PREFIX", "ROLE", "STATUS", "CREATED", "EXPIRES", "LAST USED", "DESCRIPTION");
        for (KeyInfo k : keys) {
            out.printf(ROW, k.id(), k.prefix(), k.role().label(), k.status(now).label(), time(k.createdAt()),
                    k.expiresAt() == null ? "never" : time(k.expiresAt()),
                    k.lastUsedAt() == null ? "never" : time(k.lastUsedAt()), k.description());
        }
    }

    static String time(Instant instant) {
        return MINUTE.format(instant);
    }
}
