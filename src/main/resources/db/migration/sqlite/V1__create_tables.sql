-- The store's tables, named as the monitoring runbook names them. STRICT tables reject values of the wrong type.
-- Timestamps are UTC ISO-8601 text with milliseconds (2026-01-31T12:00:00.000Z): lexical order is time order.
CREATE TABLE IF NOT EXISTS workflows (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    file       TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL,
    CONSTRAINT uq_workflows_name_file UNIQUE (name, file)
) STRICT;

CREATE TABLE IF NOT EXISTS executions (
    execution_id     TEXT    PRIMARY KEY,
    workflow_id      INTEGER NOT NULL REFERENCES workflows (id),
    workflow_name    TEXT    NOT NULL,
    workflow_file    TEXT    NOT NULL DEFAULT '',
    user_id          TEXT,
    dry_run          INTEGER NOT NULL DEFAULT 0 CHECK (dry_run IN (0, 1)),
    status           TEXT    NOT NULL CHECK (status IN
                         ('running', 'paused', 'succeeded', 'failed', 'cancelled', 'interrupted')),
    tokens_used      INTEGER NOT NULL DEFAULT 0,
    error            TEXT,
    started_at       TEXT    NOT NULL,
    ended_at         TEXT,
    -- The process that runs the execution, so that a restart interrupts only the executions of dead processes.
    owner_host       TEXT,
    owner_pid        INTEGER,
    owner_started_at TEXT
) STRICT;

CREATE TABLE IF NOT EXISTS steps (
    execution_id TEXT    NOT NULL REFERENCES executions (execution_id) ON DELETE CASCADE,
    step_id      TEXT    NOT NULL,
    step_name    TEXT    NOT NULL,
    actor        TEXT    NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    status       TEXT    NOT NULL CHECK (status IN
                     ('pending', 'running', 'succeeded', 'failed', 'skipped', 'cancelled', 'interrupted')),
    tokens_used  INTEGER NOT NULL DEFAULT 0,
    error        TEXT,
    started_at   TEXT,
    ended_at     TEXT,
    PRIMARY KEY (execution_id, step_id)
) STRICT;

CREATE TABLE IF NOT EXISTS artifacts (
    id           INTEGER PRIMARY KEY,
    workflow_id  INTEGER NOT NULL REFERENCES workflows (id),
    execution_id TEXT    NOT NULL REFERENCES executions (execution_id) ON DELETE CASCADE,
    step_id      TEXT,
    path         TEXT    NOT NULL,
    size_bytes   INTEGER NOT NULL,
    created_at   TEXT    NOT NULL
) STRICT;
