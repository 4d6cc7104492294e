package dev.clio.security;

import java.util.List;

/**
 * The answer to an {@link AuditQuery}.
 *
 * @param records      matching records, newest first
 * @param corruptLines lines read that were not valid records and were skipped
 */
public record AuditPage(List<AuditRecord> records, int corruptLines) {
}
