-- Incidents and their timeline (docs/incidents.md). Entries are append-only apart from the pinned flag; a note's edits
-- are entries of their own. revision grows with every change, last_seq with every entry.
CREATE TABLE IF NOT EXISTS incidents (
    id                    TEXT        PRIMARY KEY,
    title                 TEXT        NOT NULL,
    severity              TEXT        NOT NULL CHECK (severity IN ('critical', 'high', 'medium', 'low')),
    status                TEXT        NOT NULL CHECK (status IN
                              ('investigating', 'identified', 'monitoring', 'resolved')),
    impact                TEXT,
    started_at            TIMESTAMPTZ NOT NULL,
    ended_at              TIMESTAMPTZ,
    root_cause            TEXT,
    resolution            TEXT,
    preventive_measures   TEXT,
    alert_id              TEXT,
    alert_severity        TEXT,
    alert_values          TEXT,
    declared_by           TEXT        NOT NULL,
    last_communication_at TIMESTAMPTZ,
    revision              BIGINT      NOT NULL DEFAULT 1,
    last_seq              BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS incident_events (
    incident_id TEXT        NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    seq         BIGINT      NOT NULL,
    kind        TEXT        NOT NULL,
    actor       TEXT        NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    payload     TEXT        NOT NULL DEFAULT '{}',
    pinned      BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (incident_id, seq)
);

CREATE INDEX IF NOT EXISTS idx_incidents_started_at ON incidents (started_at);
