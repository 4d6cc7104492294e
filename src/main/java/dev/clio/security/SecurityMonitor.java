package dev.clio.security;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * Counts authentications and permission checks and turns patterns into incidents, giving the runbook's Security KPIs
 * (failed authentication rate, permission denial rate, suspicious activity, API key misuse). The definitions and
 * thresholds are in docs/security.md and {@link MonitorSettings}. Thread-safe; memory is bounded; listeners are called
 * on the recording thread, outside the monitor's lock.
 */
public final class SecurityMonitor {

    private final MonitorSettings settings;
    private final WindowedCounter attempts;
    private final WindowedCounter failures;
    private final WindowedCounter checks;
    private final WindowedCounter denials;
    private final WindowedCounter refusals;
    private final RecentEvents failuresByClient;
    private final RecentEvents refusalsByClient;
    private final Map<String, Instant> lastIncident;
    private final ArrayDeque<SecurityIncident> incidents = new ArrayDeque<>();
    private final List<Consumer<SecurityIncident>> listeners = new CopyOnWriteArrayList<>();
    private final EnumMap<AuthFailure, Long> failuresByReason = new EnumMap<>(AuthFailure.class);
    private final EnumMap<IncidentKind, Long> incidentsByKind = new EnumMap<>(IncidentKind.class);
    private long incidentTotal;
    private long suppressed;

    public SecurityMonitor(MonitorSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        attempts = new WindowedCounter(settings.kpiWindow());
        failures = new WindowedCounter(settings.kpiWindow());
        checks = new WindowedCounter(settings.kpiWindow());
        denials = new WindowedCounter(settings.kpiWindow());
        refusals = new WindowedCounter(settings.kpiWindow());
        failuresByClient = new RecentEvents(settings.burstWindow(), settings.burstFailures(), settings.maxTracked());
        refusalsByClient = new RecentEvents(settings.burstWindow(), settings.persistentRefusals(),
                settings.maxTracked());
        lastIncident = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > settings.maxTracked();
            }
        };
    }

    /** Called with every new (not de-duplicated away) incident, e.g. to audit it or raise an alert. */
    public void onIncident(Consumer<SecurityIncident> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Puts back an incident recorded before a restart (read from the audit log), so the KPI window and the
     * de-duplication survive restarts; listeners are not called.
     */
    public synchronized void restore(SecurityIncident incident) {
        String dedupKey = dedupKey(incident.kind(), incident.client(), incident.keyPrefix());
        lastIncident.merge(dedupKey, incident.time(), (a, b) -> a.isAfter(b) ? a : b);
        incidents.addLast(incident);
        if (incidents.size() > settings.maxTracked()) {
            incidents.removeFirst();
        }
    }

    public MonitorSettings settings() {
        return settings;
    }

    /** Records one authentication attempt and its outcome. */
    public void recordAuthentication(AuthResult result, String client, Instant now) {
        List<SecurityIncident> raised;
        synchronized (this) {
            attempts.add(now);
            if (result.ok()) {
                return;
            }
            failures.add(now);
            failuresByReason.merge(result.failure(), 1L, Long::sum);
            raised = incidentsFor(result, client, now);
        }
        raised.forEach(this::publish);
    }

    /** Records a request refused with 429 because its client is rate-limited. */
    public void recordRateLimited(String client, Instant now) {
        SecurityIncident incident = null;
        synchronized (this) {
            refusals.add(now);
            if (refusalsByClient.add(subject(client), now) >= settings.persistentRefusals()) {
                incident = raise(IncidentKind.RATE_LIMITED_PERSISTENCE, client, null, now, "client "
                        + subject(client) + " sent " + settings.persistentRefusals() + " or more requests within "
                        + settings.burstWindow().toSeconds() + " s while rate-limited");
            }
        }
        publish(incident);
    }

    /** Records a permission check; a denial for an API key is key misuse. */
    public void recordPermission(Caller caller, String action, boolean allowed, Instant now) {
        SecurityIncident incident = null;
        synchronized (this) {
            checks.add(now);
            if (allowed) {
                return;
            }
            denials.add(now);
            if (caller != null && caller.keyPrefix() != null) {
                incident = raise(IncidentKind.FORBIDDEN_ACTION, caller.client(), caller.keyPrefix(), now, "key "
                        + caller.keyPrefix() + " (" + caller.role().label() + ") was used for " + action
                        + ", which its role does not allow");
            }
        }
        publish(incident);
    }

    /** The Security KPIs over {@link MonitorSettings#kpiWindow()} ending at {@code now}. */
    public synchronized SecurityKpis kpis(Instant now) {
        long a = attempts.inWindow(now);
        long f = failures.inWindow(now);
        long c = checks.inWindow(now);
        long d = denials.inWindow(now);
        Instant since = now.minus(settings.kpiWindow());
        int suspicious = 0;
        int misuse = 0;
        for (SecurityIncident i : incidents) {
            if (i.time().isAfter(since) && !i.time().isAfter(now)) {
                if (i.kind().category() == IncidentKind.Category.SUSPICIOUS_ACTIVITY) {
                    suspicious++;
                } else {
                    misuse++;
                }
            }
        }
        SecurityKpis.Totals totals = new SecurityKpis.Totals(attempts.total(), failures.total(), checks.total(),
                denials.total(), refusals.total(), incidentTotal, suppressed);
        return new SecurityKpis(settings.kpiWindow(), a, f, SecurityKpis.percent(f, a), c, d,
                SecurityKpis.percent(d, c), refusals.inWindow(now), suspicious, misuse, totals);
    }

    /** Failed authentications with this reason since start. */
    public synchronized long failureCount(AuthFailure reason) {
        return failuresByReason.getOrDefault(reason, 0L);
    }

    /** Incidents of this kind since start (duplicates not counted). */
    public synchronized long incidentCount(IncidentKind kind) {
        return incidentsByKind.getOrDefault(kind, 0L);
    }

    /** Incidents at or after {@code since}, newest first (at most {@link MonitorSettings#maxTracked()} are kept). */
    public synchronized List<SecurityIncident> incidents(Instant since) {
        List<SecurityIncident> result = new ArrayList<>();
        var it = incidents.descendingIterator();
        while (it.hasNext()) {
            SecurityIncident i = it.next();
            if (since == null || !i.time().isBefore(since)) {
                result.add(i);
            }
        }
        return result;
    }

    private List<SecurityIncident> incidentsFor(AuthResult result, String client, Instant now) {
        if (result.failure() == AuthFailure.UNAVAILABLE) {
            return List.of(); // the server's fault, not the client's
        }
        List<SecurityIncident> raised = new ArrayList<>(2);
        String prefix = result.keyPrefix();
        if (result.failure() == AuthFailure.REVOKED) {
            add(raised, raise(IncidentKind.REVOKED_KEY_USED, client, prefix, now,
                    "revoked key " + prefix + " was presented by " + subject(client)));
        } else if (result.failure() == AuthFailure.EXPIRED) {
            add(raised, raise(IncidentKind.EXPIRED_KEY_USED, client, prefix, now,
                    "expired key " + prefix + " was presented by " + subject(client)));
        }
        if (failuresByClient.add(subject(client), now) >= settings.burstFailures()) {
            add(raised, raise(IncidentKind.FAILED_AUTH_BURST, client, null, now, settings.burstFailures()
                    + " or more failed authentications from " + subject(client) + " within "
                    + settings.burstWindow().toSeconds() + " s"));
        }
        return raised;
    }

    private static void add(List<SecurityIncident> list, SecurityIncident incident) {
        if (incident != null) {
            list.add(incident);
        }
    }

    /** Records a new incident unless the same kind for the same key or client was raised inside the dedup window. */
    private SecurityIncident raise(IncidentKind kind, String client, String prefix, Instant now, String detail) {
        String dedupKey = dedupKey(kind, client, prefix);
        Instant last = lastIncident.get(dedupKey);
        if (last != null && now.isBefore(last.plus(settings.dedupWindow()))) {
            suppressed++;
            return null;
        }
        lastIncident.put(dedupKey, now);
        SecurityIncident incident = new SecurityIncident(now, kind, client, prefix, detail);
        incidents.addLast(incident);
        if (incidents.size() > settings.maxTracked()) {
            incidents.removeFirst();
        }
        incidentTotal++;
        incidentsByKind.merge(kind, 1L, Long::sum);
        return incident;
    }

    private static String dedupKey(IncidentKind kind, String client, String prefix) {
        return kind + "|" + (prefix != null ? "key:" + prefix : "client:" + subject(client));
    }

    private void publish(SecurityIncident incident) {
        if (incident != null) {
            for (Consumer<SecurityIncident> listener : listeners) {
                try {
                    listener.accept(incident);
                } catch (RuntimeException e) {
                    // one broken listener must neither fail the request nor starve the other listeners
                    LoggerFactory.getLogger(SecurityMonitor.class).warn("incident listener failed", e);
                }
            }
        }
    }

    private static String subject(String client) {
        return client == null || client.isBlank() ? "an unknown client" : client;
    }
}
