package dev.clio.ops.remote;

import dev.clio.ops.Durations;
import dev.clio.ops.Resources;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The query parameters of the routes that take filters, in the server's names and formats. */
final class Queries {

    private Queries() {
    }

    static Map<String, String> window(Duration window) {
        return window == null ? Map.of() : Map.of("window", duration(window));
    }

    /** Zero or less means the server's default. */
    static Map<String, String> limit(int limit) {
        return limit > 0 ? Map.of("limit", Integer.toString(limit)) : Map.of();
    }

    static Map<String, String> logs(Resources.LogQuery q) {
        Map<String, String> m = new LinkedHashMap<>();
        if (q == null) {
            return m;
        }
        m.put("since", q.since() == null ? null : duration(q.since()));
        m.put("level", q.level());
        m.put("event", q.event());
        m.put("workflow", q.workflow());
        m.put("text", q.text());
        m.putAll(limit(q.limit()));
        return m;
    }

    static Map<String, String> containerLogs(dev.clio.ops.Containers.LogQuery q) {
        dev.clio.ops.Containers.LogQuery query = dev.clio.ops.Containers.check(q);
        Map<String, String> m = new LinkedHashMap<>();
        if (query.tail() > 0) {
            m.put("tail", Integer.toString(query.tail()));
        }
        if (query.since() != null) {
            m.put("since", query.since().toString());
        }
        if (query.stdout() != query.stderr()) {
            m.put("stream", query.stdout() ? "stdout" : "stderr");
        }
        return m;
    }

    /** The API takes "since" as an age; the instant is turned into one, rounded up to whole seconds. */
    static Map<String, String> audit(Resources.AuditQuery q) {
        Map<String, String> m = new LinkedHashMap<>();
        if (q == null) {
            return m;
        }
        if (q.since() != null) {
            Duration age = Duration.between(q.since(), Instant.now());
            m.put("since", duration(age.plusMillis(999)));
        }
        m.put("actor", q.actor());
        m.put("action", q.action());
        m.put("result", q.result());
        m.putAll(limit(q.limit()));
        return m;
    }

    /** Whole seconds, at least one; the server, not the client, refuses what is too long, in its own words. */
    static String duration(Duration d) {
        return Durations.format(Duration.ofSeconds(Math.max(1, d.toSeconds())));
    }
}
