package dev.clio.ops.embedded;

import dev.clio.ops.OpsException;
import dev.clio.ops.Resources;
import dev.clio.security.AuditLog;
import dev.clio.security.AuditQuery;
import dev.clio.security.AuditRecord;
import dev.clio.security.AuditResult;
import java.util.List;

/** {@code audit}: the audit log's records, newest first, as Operations records. */
final class AuditCalls {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private AuditCalls() {
    }

    /** Blocks on reading the audit file backwards. */
    static List<Resources.AuditEntry> query(AuditLog log, Resources.AuditQuery q) {
        Resources.AuditQuery query = q == null ? new Resources.AuditQuery(null, null, null, null, 0) : q;
        int limit = query.limit() < 1 ? DEFAULT_LIMIT : Math.min(query.limit(), MAX_LIMIT);
        AuditQuery filter = AuditQuery.latest(limit).since(query.since()).actor(blank(query.actor()))
                .action(blank(query.action())).result(result(query.result()));
        return log.query(filter).records().stream().map(AuditCalls::entry).toList();
    }

    private static AuditResult result(String text) {
        if (blank(text) == null) {
            return null;
        }
        try {
            return AuditResult.parse(text);
        } catch (IllegalArgumentException e) {
            throw OpsException.invalid("result: '" + text + "' is not ok, error or refused");
        }
    }

    private static Resources.AuditEntry entry(AuditRecord r) {
        return new Resources.AuditEntry(r.timestamp(), r.actor(), r.role(), r.action(), r.target(), r.parameters(),
                r.result() == null ? null : r.result().label(), r.message(), r.durationMs());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
