-- Runbook run history (docs/runbooks.md, "History and audit"): one row per step run. Parameters are stored with
-- secrets already redacted; params, secret_params and digest are JSON text.
CREATE TABLE IF NOT EXISTS runbook_runs (
    id            TEXT        PRIMARY KEY,
    at            TIMESTAMPTZ NOT NULL,
    operator      TEXT        NOT NULL,
    role          TEXT        NOT NULL,
    runbook_id    TEXT        NOT NULL,
    step_id       TEXT        NOT NULL,
    kind          TEXT        NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('ok', 'failed', 'refused', 'skipped')),
    verdict       TEXT        NOT NULL CHECK (verdict IN ('pass', 'warn', 'fail', 'none')),
    summary       TEXT        NOT NULL DEFAULT '',
    params        TEXT        NOT NULL DEFAULT '{}',
    secret_params TEXT        NOT NULL DEFAULT '[]',
    confirmation  TEXT,
    target        TEXT,
    environment   TEXT,
    digest        TEXT        NOT NULL DEFAULT '{}',
    duration_ms   BIGINT      NOT NULL DEFAULT 0
);

CREATE INDEX IF NOT EXISTS idx_runbook_runs_at ON runbook_runs (at);
