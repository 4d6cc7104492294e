package dev.clio.kpi.capacity;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** The capacity metrics as measured at one moment; a metric that is absent reads as no data. */
public record CapacitySample(Instant measuredAt, Map<CapacityMetric, CapacityReading> readings) {

    public CapacitySample {
        readings = readings.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(readings));
    }

    public CapacityReading reading(CapacityMetric metric) {
        CapacityReading r = readings.get(metric);
        return r == null ? CapacityReading.noData("not measured") : r;
    }
}
