package dev.clio.kpi.capacity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a capacity row watches; {@link CapacitySamples} says which Operations field gives each one. */
public enum CapacityMetric {
    CPU_PERCENT("%"),
    MEMORY_PERCENT("%"),
    DISK_PERCENT("%"),
    DB_CONNECTIONS("conn"),
    API_RPS("RPS");

    private final String unit;

    CapacityMetric(String unit) {
        this.unit = unit;
    }

    /** The name used in {@code capacity.yaml}, e.g. {@code cpu_percent}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String unit() {
        return unit;
    }

    public static Optional<CapacityMetric> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id().equals(id)).findFirst();
    }
}
