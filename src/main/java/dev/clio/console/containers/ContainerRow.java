package dev.clio.console.containers;

import dev.clio.kpi.ValueFormat;
import dev.clio.ops.Containers;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * One table row: a container as listed, with its latest stats sample when it is running.
 *
 * @param statsOrNull null for a stopped container, or one the last sample left out
 */
record ContainerRow(Containers.Container container, Containers.Stats statsOrNull) {

    static final String NO_PROJECT = "(no project)";

    String name() {
        return container.name();
    }

    String state() {
        return container.state();
    }

    /** The compose project, or {@value #NO_PROJECT}; what grouping sorts by. */
    String project() {
        return container.composeProject() == null ? NO_PROJECT : container.composeProject();
    }

    String health() {
        return "none".equals(container.health()) ? "" : container.health();
    }

    Long uptimeSeconds() {
        return container.uptimeSeconds();
    }

    String uptimeText() {
        Long s = container.uptimeSeconds();
        return s == null ? "" : ValueFormat.duration(Duration.ofSeconds(s));
    }

    Double cpuPercent() {
        return statsOrNull == null ? null : statsOrNull.cpuPercent();
    }

    String cpuText() {
        Double cpu = cpuPercent();
        return cpu == null ? "" : String.format(Locale.ROOT, "%.1f %%", cpu);
    }

    Long memoryUsed() {
        return statsOrNull == null ? null : statsOrNull.memoryUsedBytes();
    }

    /** {@code 12.3 MiB / 1.9 GiB (0.6 %)}. */
    String memoryText() {
        if (statsOrNull == null) {
            return "";
        }
        String text = bytes(statsOrNull.memoryUsedBytes()) + " / " + bytes(statsOrNull.memoryLimitBytes());
        Double pct = statsOrNull.memoryPercent();
        return pct == null ? text : text + String.format(Locale.ROOT, " (%.1f %%)", pct);
    }

    Long netTotal() {
        return statsOrNull == null ? null : statsOrNull.netRxBytes() + statsOrNull.netTxBytes();
    }

    String netText() {
        return statsOrNull == null ? "" : bytes(statsOrNull.netRxBytes()) + " / " + bytes(statsOrNull.netTxBytes());
    }

    Long blockTotal() {
        return statsOrNull == null ? null : statsOrNull.blockReadBytes() + statsOrNull.blockWriteBytes();
    }

    String blockText() {
        return statsOrNull == null ? ""
                : bytes(statsOrNull.blockReadBytes()) + " / " + bytes(statsOrNull.blockWriteBytes());
    }

    /** True when the text filter matches the name, image, project or status (case-insensitive). */
    boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String f = filter.strip().toLowerCase(Locale.ROOT);
        return contains(container.name(), f) || contains(container.image(), f) || contains(project(), f)
                || contains(container.status(), f) || contains(container.id(), f);
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, units[u]);
    }

    static String ago(Instant at, Instant now) {
        return at == null ? "" : ValueFormat.duration(Duration.between(at, now)) + " ago";
    }

    private static boolean contains(String text, String lowerNeedle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerNeedle);
    }
}
