package dev.clio.demo;

import dev.clio.security.AuditLog;
import dev.clio.security.Caller;
import dev.clio.security.CreatedKey;
import dev.clio.security.KeyInfo;
import dev.clio.security.Role;
import dev.clio.security.SecurityGate;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The API keys of one demo session, made in the workspace's key file like {@code keys create} makes them (audited,
 * only digests stored): an operator key, a viewer key and a key revoked right away. Their descriptions start with
 * {@link DemoLabels#KEY_DESCRIPTION_PREFIX}; they expire after a day in case the process dies before
 * {@link #revoke(SecurityGate)}.
 */
record DemoKeys(CreatedKey operator, CreatedKey viewer, CreatedKey revoked) {

    /** The creator recorded in the key file and the audit log. */
    static final Caller CREATOR = Caller.local("demo-load");
    private static final Duration LIFETIME = Duration.ofDays(1);
    /** Well formed, so it reaches the key lookup (and fails there), but no key file holds its digest. */
    static final String WRONG_KEY = "clio_demoLoadWrongKeyThatNoKeyFileHolds000000000";

    static DemoKeys create(SecurityGate gate) {
        CreatedKey operator = create(gate, Role.OPERATOR, "operator");
        CreatedKey viewer = create(gate, Role.VIEWER, "viewer");
        CreatedKey revoked = create(gate, Role.VIEWER, "revoked");
        revoke(gate, revoked.info());
        return new DemoKeys(operator, viewer, revoked);
    }

    /** The identities ({@code key:<prefix>}) the server records for this session's keys. */
    List<String> identities() {
        return List.of(identity(operator), identity(viewer), identity(revoked));
    }

    /** Revokes the operator and viewer keys, so nothing can use them once the demo stops. */
    void revoke(SecurityGate gate) {
        revoke(gate, operator.info());
        revoke(gate, viewer.info());
    }

    private static String identity(CreatedKey key) {
        return "key:" + key.info().prefix();
    }

    private static CreatedKey create(SecurityGate gate, Role role, String name) {
        String description = DemoLabels.KEY_DESCRIPTION_PREFIX + name;
        AuditLog audit = gate.audit();
        return audit.audited(CREATOR, "keys.create", null, Map.of("role", role.label(), "expires", "1d",
                "description", description), () -> gate.keys().create(role, LIFETIME, description, CREATOR));
    }

    private static void revoke(SecurityGate gate, KeyInfo key) {
        gate.audit().audited(CREATOR, "keys.revoke", key.prefix(), Map.of("id", key.id()),
                () -> gate.keys().revoke(key.id(), CREATOR));
    }
}
