-- The runbook's three indexes ("High Database Load"), plus those the store's own queries need. IF NOT EXISTS keeps
-- this harmless where an operator already ran the runbook's CREATE INDEX CONCURRENTLY.
CREATE INDEX IF NOT EXISTS idx_workflows_created_at ON workflows (created_at);
CREATE INDEX IF NOT EXISTS idx_executions_status ON executions (status);
CREATE INDEX IF NOT EXISTS idx_artifacts_workflow_id ON artifacts (workflow_id);

CREATE INDEX IF NOT EXISTS idx_executions_started_at ON executions (started_at);
CREATE INDEX IF NOT EXISTS idx_executions_workflow_name ON executions (workflow_name, started_at);
CREATE INDEX IF NOT EXISTS idx_artifacts_execution_id ON artifacts (execution_id);
