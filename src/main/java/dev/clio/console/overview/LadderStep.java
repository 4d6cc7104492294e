package dev.clio.console.overview;

/**
 * One rung of a tile's threshold ladder as shown.
 *
 * @param name target, warning or critical
 * @param text the runbook's wording, e.g. {@code >500ms}
 * @param current the rung the tile's level stands on (at most one per ladder)
 */
public record LadderStep(String name, double value, String text, boolean current) {

    /** {@code ok}, {@code warn} or {@code crit}: what the tile prints before the wording. */
    public String shortName() {
        return switch (name) {
            case "warning" -> "warn";
            case "critical" -> "crit";
            default -> "ok";
        };
    }

    /** {@code warn >500ms}, with a marker when current. */
    public String label() {
        return (current ? "▸ " : "") + shortName() + " " + text;
    }
}
