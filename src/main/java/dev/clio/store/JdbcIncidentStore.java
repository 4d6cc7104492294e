package dev.clio.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Incidents and their timelines over JDBC, for SQLite and PostgreSQL alike. Every write is one transaction that has
 * committed when the call returns, so an entry a caller was given survives a killed process. Stateless and
 * thread-safe; several processes may share one database.
 *
 * <p>Each write begins with a write statement (an insert, or the update of the incident's counters), so that it takes
 * the SQLite write lock, or the PostgreSQL row lock, before it reads: concurrent appends to one incident are numbered
 * one after the other, never twice the same.
 */
public final class JdbcIncidentStore {

    /** The most suffixes tried for ids that start in the same second ({@code -2} … {@code -999}). */
    static final int MAX_SUFFIX = 999;
    private static final String COLUMNS = "id, title, severity, status, impact, started_at, ended_at, root_cause, "
            + "resolution, preventive_measures, alert_id, alert_severity, alert_values, declared_by, "
            + "last_communication_at, revision, last_seq";
    private static final String EVENT_COLUMNS = "incident_id, seq, kind, actor, at, payload, pinned";

    private final Jdbc jdbc;
    private final Dialect dialect;

    public JdbcIncidentStore(DataSource dataSource, Dialect dialect) {
        this.jdbc = new Jdbc(Objects.requireNonNull(dataSource, "dataSource"));
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /**
     * Inserts the incident under {@code baseId}, or {@code baseId-2}, {@code -3} … when that id is taken (two
     * incidents declared in one second, by this process or another), with its first timeline entry as seq 1.
     *
     * @return the incident as stored, with the id it got
     */
    public IncidentRow create(String baseId, IncidentRow incident, IncidentEventRow first) {
        return jdbc.inTransaction(c -> {
            for (int n = 1; n <= MAX_SUFFIX; n++) {
                String id = n == 1 ? baseId : baseId + "-" + n;
                if (insert(c, incident.withId(id)) == 1) {
                    insertEvent(c, id, 1, first);
                    return find(c, id).orElseThrow();
                }
            }
            throw new StoreException("more than " + MAX_SUFFIX + " incidents started in the second of " + baseId
                    + "; declare it again in a moment");
        });
    }

    public Optional<IncidentRow> find(String id) {
        return jdbc.inConnection(c -> find(c, id));
    }

    /** The newest incidents first (by start, then id). */
    public List<IncidentRow> list(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM incidents ORDER BY started_at DESC, id DESC LIMIT ?",
                s -> s.setInt(1, limit), this::incident);
    }

    /**
     * Appends one entry to the timeline and, when {@code changed} is not null, writes the incident's changeable
     * columns in the same transaction, but only if the incident is still at {@code changed.revision()} (what the
     * caller read and checked its rules against).
     *
     * @return the entry as stored, or empty when the incident is unknown or moved on since it was read
     */
    public Optional<IncidentEventRow> append(String incidentId, IncidentEventRow entry, IncidentRow changed) {
        return jdbc.inTransaction(c -> {
            int rows = changed == null
                    ? Jdbc.update(c, "UPDATE incidents SET revision = revision + 1, last_seq = last_seq + 1"
                            + " WHERE id = ?", s -> s.setString(1, incidentId))
                    : Jdbc.update(c, "UPDATE incidents SET title = ?, severity = ?, status = ?, impact = ?,"
                            + " ended_at = ?, root_cause = ?, resolution = ?, preventive_measures = ?,"
                            + " last_communication_at = ?, revision = revision + 1, last_seq = last_seq + 1"
                            + " WHERE id = ? AND revision = ?", s -> bindChange(s, incidentId, changed));
            if (rows == 0) {
                return Optional.<IncidentEventRow>empty();
            }
            long seq = find(c, incidentId).orElseThrow().lastSeq();
            insertEvent(c, incidentId, seq, entry);
            return Optional.of(new IncidentEventRow(incidentId, seq, entry.kind(), entry.actor(), entry.at(),
                    entry.payload(), false));
        });
    }

    /** @return false when the incident has no entry {@code seq} */
    public boolean pin(String incidentId, long seq, boolean pinned) {
        return jdbc.inTransaction(c -> {
            int rows = Jdbc.update(c, "UPDATE incident_events SET pinned = ? WHERE incident_id = ? AND seq = ?", s -> {
                s.setBoolean(1, pinned);
                s.setString(2, incidentId);
                s.setLong(3, seq);
            });
            if (rows == 1) {
                Jdbc.update(c, "UPDATE incidents SET revision = revision + 1 WHERE id = ?",
                        s -> s.setString(1, incidentId));
            }
            return rows == 1;
        });
    }

    /** Entries after {@code sinceSeq}, oldest first; {@code kind} null for every kind. */
    public List<IncidentEventRow> events(String incidentId, long sinceSeq, String kind) {
        String sql = "SELECT " + EVENT_COLUMNS + " FROM incident_events WHERE incident_id = ? AND seq > ?"
                + (kind == null ? "" : " AND kind = ?") + " ORDER BY seq";
        return jdbc.query(sql, s -> {
            s.setString(1, incidentId);
            s.setLong(2, sinceSeq);
            if (kind != null) {
                s.setString(3, kind);
            }
        }, this::event);
    }

    public Optional<IncidentEventRow> event(String incidentId, long seq) {
        return jdbc.query("SELECT " + EVENT_COLUMNS + " FROM incident_events WHERE incident_id = ? AND seq = ?", s -> {
            s.setString(1, incidentId);
            s.setLong(2, seq);
        }, this::event).stream().findFirst();
    }

    private int insert(Connection c, IncidentRow r) throws SQLException {
        return Jdbc.update(c, "INSERT INTO incidents (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, 1, 1) ON CONFLICT (id) DO NOTHING", s -> {
                    s.setString(1, r.id());
                    s.setString(2, r.title());
                    s.setString(3, r.severity());
                    s.setString(4, r.status());
                    s.setString(5, r.impact());
                    dialect.bind(s, 6, r.startedAt());
                    dialect.bind(s, 7, r.endedAt());
                    s.setString(8, r.rootCause());
                    s.setString(9, r.resolution());
                    s.setString(10, r.preventiveMeasures());
                    s.setString(11, r.alertId());
                    s.setString(12, r.alertSeverity());
                    s.setString(13, r.alertValues());
                    s.setString(14, r.declaredBy());
                    dialect.bind(s, 15, r.lastCommunicationAt());
                });
    }

    private void bindChange(PreparedStatement s, String id, IncidentRow r) throws SQLException {
        s.setString(1, r.title());
        s.setString(2, r.severity());
        s.setString(3, r.status());
        s.setString(4, r.impact());
        dialect.bind(s, 5, r.endedAt());
        s.setString(6, r.rootCause());
        s.setString(7, r.resolution());
        s.setString(8, r.preventiveMeasures());
        dialect.bind(s, 9, r.lastCommunicationAt());
        s.setString(10, id);
        s.setLong(11, r.revision());
    }

    private void insertEvent(Connection c, String incidentId, long seq, IncidentEventRow e) throws SQLException {
        Jdbc.update(c, "INSERT INTO incident_events (" + EVENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setString(1, incidentId);
            s.setLong(2, seq);
            s.setString(3, e.kind());
            s.setString(4, e.actor());
            dialect.bind(s, 5, e.at());
            s.setString(6, e.payload());
            s.setBoolean(7, false);
        });
    }

    private Optional<IncidentRow> find(Connection c, String id) throws SQLException {
        return Jdbc.query(c, "SELECT " + COLUMNS + " FROM incidents WHERE id = ?", s -> s.setString(1, id),
                this::incident).stream().findFirst();
    }

    private IncidentRow incident(ResultSet r) throws SQLException {
        return new IncidentRow(r.getString("id"), r.getString("title"), r.getString("severity"),
                r.getString("status"), r.getString("impact"), dialect.read(r, "started_at"),
                dialect.read(r, "ended_at"), r.getString("root_cause"), r.getString("resolution"),
                r.getString("preventive_measures"), r.getString("alert_id"), r.getString("alert_severity"),
                r.getString("alert_values"), r.getString("declared_by"), dialect.read(r, "last_communication_at"),
                r.getLong("revision"), r.getLong("last_seq"));
    }

    private IncidentEventRow event(ResultSet r) throws SQLException {
        return new IncidentEventRow(r.getString("incident_id"), r.getLong("seq"), r.getString("kind"),
                r.getString("actor"), dialect.read(r, "at"), r.getString("payload"), r.getBoolean("pinned"));
    }
}
