package dev.clio.kpi;

/**
 * When an alert rule's condition holds. Three forms: the service health is failing ({@link Kind#HEALTH}); a KPI
 * value compared with a number ({@link Kind#THRESHOLD}); a KPI at or above a level of its own ladder
 * ({@link Kind#LEVEL}, so that changing the KPI's threshold moves the alert with it).
 *
 * @param level WARNING or CRITICAL, for {@link Kind#LEVEL}
 */
public record AlertCondition(Kind kind, String kpi, String op, double threshold, Level level) {

    /** The forms of a condition. */
    public enum Kind { HEALTH, THRESHOLD, LEVEL }

    public static AlertCondition health() {
        return new AlertCondition(Kind.HEALTH, null, null, 0, null);
    }

    public static AlertCondition threshold(String kpi, String op, double value) {
        return new AlertCondition(Kind.THRESHOLD, kpi, op, value, null);
    }

    public static AlertCondition level(String kpi, Level level) {
        return new AlertCondition(Kind.LEVEL, kpi, null, 0, level);
    }

    /** The condition as the runbook would say it, e.g. {@code api_error_rate > 5} or {@code health failing}. */
    public String describe() {
        return switch (kind) {
            case HEALTH -> "health failing";
            case THRESHOLD -> kpi + " " + op + " " + ValueFormat.number(threshold);
            case LEVEL -> kpi + " " + level.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
