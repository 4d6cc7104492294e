package dev.clio.store.diagnostics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What SQLite can answer of the runbook's database checks. */
final class SqliteDiagnostics {

    private final Sql sql;
    private final Path file;

    SqliteDiagnostics(Sql sql, Path file) {
        this.sql = sql;
        this.file = file;
    }

    IntegrityReport integrityCheck() throws SQLException {
        List<String> rows = sql.query("PRAGMA integrity_check", row -> row.getString(1));
        boolean ok = rows.size() == 1 && rows.get(0).equals("ok");
        return new IntegrityReport(ok, ok ? List.of() : rows);
    }

    StorageStats storage() throws SQLException, IOException {
        long pageSize = single("PRAGMA page_size");
        long pageCount = single("PRAGMA page_count");
        long free = single("PRAGMA freelist_count");
        long bytes = size(file) + size(Path.of(file + "-wal"));
        return new StorageStats(bytes, pageSize, pageCount, free);
    }

    List<IndexOutcome> createRecommendedIndexes() throws SQLException {
        List<IndexOutcome> outcomes = new ArrayList<>();
        for (RecommendedIndex index : RecommendedIndex.RUNBOOK) {
            boolean present = !sql.query("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?",
                    s -> s.setString(1, index.name()), row -> true).isEmpty();
            if (!present) {
                sql.execute(index.createSql(false));
            }
            outcomes.add(index.outcome(present ? IndexOutcome.Action.ALREADY_PRESENT : IndexOutcome.Action.CREATED));
        }
        return outcomes;
    }

    /** ANALYZE only: VACUUM rewrites the whole file and needs every other connection to be idle. */
    String analyze() throws SQLException {
        sql.execute("ANALYZE");
        return "ANALYZE";
    }

    private long single(String pragma) throws SQLException {
        return sql.query(pragma, row -> row.getLong(1)).get(0);
    }

    private static long size(Path path) throws IOException {
        return Files.exists(path) ? Files.size(path) : 0;
    }
}
