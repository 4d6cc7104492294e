package dev.clio.kpi.capacity;

/** Where a capacity row stands. */
public enum CapacityState {
    /** The trigger does not hold. */
    OK,
    /** The trigger holds, not yet for the row's whole duration. */
    HOLDING,
    /** The trigger has held for the row's whole duration: take the action. */
    TRIGGERED,
    /** The value is unknown (not 0): the source did not answer or does not report it. */
    NO_DATA
}
