package dev.clio.engine.run;

/**
 * The execution's token budget; 0 (or less) means no limit, as in the original and the {@code max_tokens_default}
 * setting. A running step holds its estimate as a reservation until it finishes, then its
 * actual usage counts instead, so parallel steps cannot overspend together.
 */
final class TokenBudget {

    private final long budget;
    private long used;
    private long reserved;

    TokenBudget(long budget) {
        this.budget = budget;
    }

    /** Reserves {@code estimate}; returns null when it fits, else the failure message (and reserves nothing). */
    synchronized String tryReserve(long estimate) {
        long committed = used + reserved;
        if (budget > 0 && committed + estimate > budget) {
            return "Token budget exceeded: used " + committed + " + estimated " + estimate + " > budget " + budget;
        }
        reserved += estimate;
        return null;
    }

    synchronized void settle(long estimate, long actual) {
        reserved -= estimate;
        used += actual;
    }

    synchronized long used() {
        return used;
    }

    long budget() {
        return budget;
    }
}
