package dev.clio.console.containers;

import dev.clio.ops.Containers;
import java.util.List;

/** The last lines of the selected container's log, or why they could not be read. */
record LogTail(String container, List<Containers.LogLine> lines, String problemOrNull) {

    static final LogTail NONE = new LogTail(null, List.of(), null);

    LogTail {
        lines = List.copyOf(lines);
    }
}
