package dev.clio.store;

import java.time.LocalDate;

/**
 * One UTC day of activity: executions started that day, the distinct users who started them and the tokens they used.
 */
public record DailyStat(LocalDate date, long executions, long distinctUsers, long tokens) {
}
