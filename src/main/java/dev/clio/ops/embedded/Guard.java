package dev.clio.ops.embedded;

import dev.clio.ops.Operation;
import dev.clio.ops.OpsException;
import dev.clio.security.AuditLog;
import dev.clio.security.AuditRecord;
import dev.clio.security.AuditResult;
import dev.clio.security.Caller;
import dev.clio.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/** Decides whether one caller may make a call, and audits remediations with the caller's identity. */
final class Guard {

    private final Caller caller;
    private final AuditLog audit;
    private final boolean auditing;

    Guard(Caller caller, AuditLog audit, boolean auditing) {
        this.caller = caller;
        this.audit = audit;
        this.auditing = auditing;
    }

    /** @throws OpsException FORBIDDEN with a plain sentence when the caller's role is below the call's */
    void require(Operation operation) {
        Role needed = role(operation.access());
        if (needed != null && !caller.allows(needed)) {
            if (auditing && operation.isRemediation()) {
                audit.append(AuditRecord.of(Instant.now(), caller, operation.id(), null, Map.of(),
                        AuditResult.REFUSED, "needs the " + needed.label() + " role", Duration.ZERO, null));
            }
            throw OpsException.forbidden(operation.id() + " needs the " + needed.label() + " role, and "
                    + caller.identity() + " is a " + caller.role().label() + "; use a key with the " + needed.label()
                    + " role");
        }
    }

    /** Checks the role, then runs a remediation and records it (ok, or error with its message) in the audit log. */
    <T> T remediate(Operation operation, String target, Map<String, ?> parameters, Supplier<T> work) {
        require(operation);
        if (!auditing) {
            return work.get();
        }
        return audit.audited(caller, operation.id(), target, parameters, work);
    }

    Caller caller() {
        return caller;
    }

    /** The least role of an access level; null for a public call. */
    static Role role(Operation.Access access) {
        return switch (access) {
            case PUBLIC -> null;
            case READ -> Role.VIEWER;
            case OPERATE -> Role.OPERATOR;
            case ADMIN -> Role.ADMIN;
        };
    }
}
