package dev.clio.server;

import dev.clio.ops.Containers;
import dev.clio.ops.Durations;
import dev.clio.ops.OpsException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The query parameters of the container log routes. */
final class ContainerParams {

    static final List<Route.Param> LOGS = List.of(
            new Route.Param("tail", "integer", "the last N lines, 1 to " + Containers.MAX_TAIL
                    + " (default 100 for a read, none of the past lines for a stream)"),
            new Route.Param("since", "string", "only lines after this: an age such as 10m, or an ISO-8601 instant"),
            new Route.Param("stream", "string", "stdout, stderr or both (default both)"));

    private ContainerParams() {
    }

    static String name(ApiCall c) {
        return Containers.checkName(c.pathId("name"));
    }

    static Containers.LogQuery logs(ApiCall c) {
        String stream = c.text("stream");
        if (stream != null && !List.of("stdout", "stderr", "both").contains(stream)) {
            throw OpsException.invalid("stream: '" + stream + "' is not stdout, stderr or both");
        }
        return new Containers.LogQuery(tail(c.text("tail")), since(c.text("since")), !"stderr".equals(stream),
                !"stdout".equals(stream));
    }

    private static int tail(String text) {
        if (text == null) {
            return 0;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= Containers.MAX_TAIL) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw OpsException.invalid("tail: '" + text + "' is not a number of lines from 1 to " + Containers.MAX_TAIL);
    }

    /** An ISO-8601 instant, or an age ("10m") counted back from now. */
    static Instant since(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return Instant.now().minus(Durations.parse("since", text));
        }
    }
}
