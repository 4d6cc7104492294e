package dev.clio.kpi;

/**
 * One step of a tile's threshold ladder, for display.
 *
 * @param name target | warning | critical
 * @param reached for warning and critical: the current value is past it; for target: the value meets it
 */
public record Rung(String name, double value, String op, String text, boolean reached) {
}
