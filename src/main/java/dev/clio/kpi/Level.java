package dev.clio.kpi;

/** The colour of a tile. NO_DATA (nothing measured) is not OK, and not zero; STALE means the source went quiet. */
public enum Level {
    OK, WARNING, CRITICAL, NO_DATA, STALE
}
