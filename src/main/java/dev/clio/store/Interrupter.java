package dev.clio.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Finds executions left running or paused by a process that no longer exists and marks them (and their running
 * steps) interrupted. An execution belongs to a dead process when it has no recorded owner, or its owner ran on this
 * host and that pid is gone (or now belongs to a newer process). Executions owned by another host are left to that
 * host's next start: this host cannot tell whether they are still alive.
 */
final class Interrupter {

    static final String REASON = "interrupted: the process running it stopped before it finished";

    private record Candidate(String executionId, ProcessOwner owner) {
    }

    private final Jdbc jdbc;
    private final Dialect dialect;
    private final String thisHost;

    Interrupter(Jdbc jdbc, Dialect dialect, String thisHost) {
        this.jdbc = jdbc;
        this.dialect = dialect;
        this.thisHost = thisHost;
    }

    int interruptOrphans(Instant at) {
        return jdbc.inTransaction(connection -> {
            int interrupted = 0;
            for (Candidate candidate : candidates(connection)) {
                if (isOrphan(candidate.owner())) {
                    interrupted += interrupt(connection, candidate.executionId(), at);
                }
            }
            return interrupted;
        });
    }

    private boolean isOrphan(ProcessOwner owner) {
        return owner == null || (owner.host().equals(thisHost) && !owner.isAliveHere(thisHost));
    }

    private List<Candidate> candidates(Connection connection) throws SQLException {
        return Jdbc.query(connection, """
                SELECT execution_id, owner_host, owner_pid, owner_started_at FROM executions
                WHERE status IN ('running', 'paused')""", s -> { }, row -> {
                    String host = row.getString("owner_host");
                    ProcessOwner owner = host == null ? null
                            : new ProcessOwner(host, row.getLong("owner_pid"), dialect.read(row, "owner_started_at"));
                    return new Candidate(row.getString("execution_id"), owner);
                });
    }

    private int interrupt(Connection connection, String executionId, Instant at) throws SQLException {
        Jdbc.update(connection, """
                UPDATE steps SET status = 'interrupted', ended_at = ?, error = COALESCE(error, ?)
                WHERE execution_id = ? AND status = 'running'""", s -> {
                    dialect.bind(s, 1, at);
                    s.setString(2, REASON);
                    s.setString(3, executionId);
                });
        return Jdbc.update(connection, """
                UPDATE executions SET status = 'interrupted', ended_at = ?, error = COALESCE(error, ?)
                WHERE execution_id = ? AND status IN ('running', 'paused')""", s -> {
                    dialect.bind(s, 1, at);
                    s.setString(2, REASON);
                    s.setString(3, executionId);
                });
    }
}
