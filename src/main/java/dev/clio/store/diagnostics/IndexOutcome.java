package dev.clio.store.diagnostics;

/** What {@link DatabaseDiagnostics#createRecommendedIndexes()} did about one of the runbook's indexes. */
public record IndexOutcome(String name, String table, String column, Action action) {

    public enum Action {
        CREATED,
        ALREADY_PRESENT,
        /** It existed but was invalid (a failed {@code CREATE INDEX CONCURRENTLY}), so it was rebuilt. */
        REBUILT
    }
}
