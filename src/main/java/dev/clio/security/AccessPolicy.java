package dev.clio.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which role each action needs. Deny by default: an action that is not listed is refused to everyone, admin included,
 * so a new endpoint is closed until someone decides who may call it. Entries are exact names ({@code keys.create}) or
 * a family ({@code system.*}); an exact entry wins over its family. Immutable.
 */
public final class AccessPolicy {

    private final Map<String, Role> rules;

    private AccessPolicy(Map<String, Role> rules) {
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /** The product's actions: reads need viewer, actions and remediations operator, keys and config admin. */
    public static AccessPolicy defaults() {
        Map<String, Role> r = new LinkedHashMap<>();
        for (String read : new String[] {"kpi.snapshot", "metrics.summary", "metrics.tokens", "metrics.growth",
            "adapters.*",
            "workflows.list", "workflows.verify", "workflows.source", "workflows.history", "workflows.status", "logs.query", "logs.stream",
            "config.show", "config.validate", "artifacts.list", "artifacts.get", "system.*", "database.diagnostics",
            "containers.list", "containers.stats", "containers.logs", "incidents.list", "incidents.get",
            "runbooks.list"}) {
            r.put(read, Role.VIEWER);
        }
        for (String act : new String[] {"workflows.execute", "workflows.save", "workflows.cancel", "artifacts.clean",
            "containers.start", "containers.stop", "containers.restart", "incidents.create", "incidents.update",
            "runbooks.run", "audit.query", "security.kpis"}) {
            r.put(act, Role.OPERATOR);
        }
        for (String admin : new String[] {"keys.*", "config.set"}) {
            r.put(admin, Role.ADMIN);
        }
        return new AccessPolicy(r);
    }

    /** An empty policy: everything is denied until allowed with {@link #with}. */
    public static AccessPolicy denyAll() {
        return new AccessPolicy(Map.of());
    }

    /** A copy where {@code action} (exact or {@code family.*}) needs {@code role}. */
    public AccessPolicy with(String action, Role role) {
        Map<String, Role> next = new LinkedHashMap<>(rules);
        next.put(Objects.requireNonNull(action, "action"), Objects.requireNonNull(role, "role"));
        return new AccessPolicy(next);
    }

    /** The role the action needs, or null when the action is not allowed to anyone. */
    public Role required(String action) {
        if (action == null) {
            return null;
        }
        Role exact = rules.get(action);
        if (exact != null) {
            return exact;
        }
        int dot = action.indexOf('.');
        return dot < 0 ? null : rules.get(action.substring(0, dot) + ".*");
    }

    public Map<String, Role> rules() {
        return rules;
    }
}
