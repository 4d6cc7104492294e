package dev.clio.store.diagnostics;

import java.util.List;

/** The three indexes of the runbook's "High Database Load" resolution. */
record RecommendedIndex(String name, String table, String column) {

    static final List<RecommendedIndex> RUNBOOK = List.of(
            new RecommendedIndex("idx_workflows_created_at", "workflows", "created_at"),
            new RecommendedIndex("idx_executions_status", "executions", "status"),
            new RecommendedIndex("idx_artifacts_workflow_id", "artifacts", "workflow_id"));

    String createSql(boolean concurrently) {
        return "CREATE INDEX " + (concurrently ? "CONCURRENTLY " : "") + "IF NOT EXISTS " + name + " ON " + table
                + " (" + column + ")";
    }

    IndexOutcome outcome(IndexOutcome.Action action) {
        return new IndexOutcome(name, table, column, action);
    }
}
