package dev.clio.store;

import java.time.LocalDate;

/**
 * One UTC day of real (not dry-run) executions, by the day they started: how many, how they ended, the distinct users
 * who started them and the tokens they used.
 *
 * @param failed failed or interrupted; the rest of {@code executions} were cancelled or are still running
 */
public record DailyStat(LocalDate date, long executions, long succeeded, long failed, long distinctUsers,
        long tokens) {

    /** A day without executions. */
    public static DailyStat empty(LocalDate date) {
        return new DailyStat(date, 0, 0, 0, 0, 0);
    }
}
