package dev.clio.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * What differs between the two supported databases. Timestamps are UTC on both: {@code TIMESTAMPTZ} on PostgreSQL and
 * fixed-width ISO-8601 text ({@code 2026-01-31T12:00:00.000Z}) on SQLite, whose lexical order is chronological. Both
 * keep millisecond precision so that the same instant reads back equal from either database.
 */
public enum Dialect {
    SQLITE("SQLite", "classpath:db/migration/sqlite",
            "substr(%s, 1, 10)", "(julianday(%2$s) - julianday(%1$s)) * 86400000.0"),
    POSTGRESQL("PostgreSQL", "classpath:db/migration/postgresql",
            "to_char(%s AT TIME ZONE 'UTC', 'YYYY-MM-DD')", "EXTRACT(EPOCH FROM (%2$s - %1$s)) * 1000");

    private static final DateTimeFormatter SQLITE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final String displayName;
    private final String migrations;
    private final String dayPattern;
    private final String millisPattern;

    Dialect(String displayName, String migrations, String dayPattern, String millisPattern) {
        this.displayName = displayName;
        this.migrations = migrations;
        this.millisPattern = millisPattern;
        this.dayPattern = dayPattern;
    }

    public String displayName() {
        return displayName;
    }

    String migrationLocation() {
        return migrations;
    }

    /** SQL yielding the UTC calendar day ({@code YYYY-MM-DD}) of a timestamp column. */
    String utcDay(String column) {
        return dayPattern.formatted(column);
    }

    /** SQL yielding the milliseconds between two timestamp columns. */
    String millisBetween(String fromColumn, String toColumn) {
        return millisPattern.formatted(fromColumn, toColumn);
    }

    void bind(PreparedStatement statement, int index, Instant at) throws SQLException {
        if (at == null) {
            statement.setNull(index, this == SQLITE ? Types.VARCHAR : Types.TIMESTAMP_WITH_TIMEZONE);
        } else if (this == SQLITE) {
            statement.setString(index, SQLITE_TIME.format(at.truncatedTo(ChronoUnit.MILLIS)));
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC));
        }
    }

    Instant read(ResultSet rows, String column) throws SQLException {
        if (this == SQLITE) {
            String text = rows.getString(column);
            return text == null ? null : Instant.parse(text);
        }
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
