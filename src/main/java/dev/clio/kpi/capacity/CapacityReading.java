package dev.clio.kpi.capacity;

/**
 * One measured value of a capacity metric.
 *
 * @param value null means no data (distinct from zero)
 * @param note where the value came from, or why there is none
 */
public record CapacityReading(Double value, String note) {

    public static CapacityReading of(double value, String note) {
        return new CapacityReading(value, note);
    }

    public static CapacityReading noData(String why) {
        return new CapacityReading(null, why);
    }
}
