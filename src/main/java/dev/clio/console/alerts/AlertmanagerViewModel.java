package dev.clio.console.alerts;

import dev.clio.connections.Connection;
import dev.clio.console.common.Background;
import dev.clio.console.common.ConsoleContext;
import dev.clio.console.common.Session;
import dev.clio.integrations.alertmanager.AlertmanagerGateway;
import dev.clio.integrations.alertmanager.AmAlert;
import dev.clio.integrations.alertmanager.AmSilence;
import dev.clio.integrations.alertmanager.SilenceRequest;
import dev.clio.security.Role;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Alerts view's Alertmanager pane: the alerts and silences of the current connection's Alertmanager (its profile's
 * URL), refreshed when asked (the view polls while shown), and creating and expiring silences there. All IO off the
 * UI thread; properties change on the UI thread only; one refresh at a time.
 */
public final class AlertmanagerViewModel {

    static final String VIEWER_REASON = "This API key has the viewer role: it can read alerts but not silence them";

    private final Supplier<Session> session;
    private final Function<URI, AlertmanagerGateway> gateways;
    private final Supplier<String> who;
    private final Executor io;
    private final Executor ui;
    private final Clock clock;
    private final ObservableList<AmRows.AlertLine> alerts = FXCollections.observableArrayList();
    private final ObservableList<AmRows.SilenceLine> silences = FXCollections.observableArrayList();
    private final ObservableList<AmRows.AlertLine> alertsView = FXCollections.unmodifiableObservableList(alerts);
    private final ObservableList<AmRows.SilenceLine> silencesView = FXCollections.unmodifiableObservableList(silences);
    private final ReadOnlyBooleanWrapper configured = new ReadOnlyBooleanWrapper(this, "configured");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper disabledReason = new ReadOnlyStringWrapper(this, "disabledReason", "");
    private Session lastSession;
    private URI lastUrl;
    private AlertmanagerGateway gateway;
    private boolean refreshing;

    /**
     * @param gateways makes the gateway of an Alertmanager URL (tests pass short timeouts)
     * @param who the creator recorded with a silence; read on the UI thread
     */
    public AlertmanagerViewModel(Supplier<Session> session, Function<URI, AlertmanagerGateway> gateways,
            Supplier<String> who, Executor io, Executor ui, Clock clock) {
        this.session = session;
        this.gateways = gateways;
        this.who = who;
        this.io = io;
        this.ui = ui;
        this.clock = clock;
    }

    public static AlertmanagerViewModel of(ConsoleContext context) {
        return new AlertmanagerViewModel(() -> context.sessions().current(), AlertmanagerGateway::new,
                () -> AlertsViewModel.responder(context.sessions().current(), System.getProperty("user.name")),
                context.io(), context.ui(), context.clock());
    }

    /** The Alertmanager URL of a session's connection profile, or null. */
    static URI urlOf(Session s) {
        Connection c = s == null ? null : s.connectionOrNull();
        return c == null ? null : c.profile().monitoring().alertmanagerUrlOrNull();
    }

    // Properties

    /** Unmuted alerts first, by severity, oldest first; replaced as a whole on each refresh. */
    public ObservableList<AmRows.AlertLine> alerts() {
        return alertsView;
    }

    /** Active and pending silences, the soonest to end first. */
    public ObservableList<AmRows.SilenceLine> silences() {
        return silencesView;
    }

    /** Whether the current connection names an Alertmanager. */
    public ReadOnlyBooleanProperty configuredProperty() {
        return configured.getReadOnlyProperty();
    }

    /** "3 alerts (1 muted), 1 silence at http://…", or how to configure one. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last refresh or command failed, as a sentence; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why silencing is disabled for this session (a viewer key); empty when it is allowed. */
    public ReadOnlyStringProperty disabledReasonProperty() {
        return disabledReason.getReadOnlyProperty();
    }

    /** The Alertmanager silences go to, for confirmations; null when none is configured. */
    public String url() {
        return gateway == null ? null : gateway.url();
    }

    // Commands

    /** Reads alerts and silences once; does nothing while a refresh is still running. */
    public void refresh() {
        Session now = session.get();
        if (now != lastSession) {
            sessionChanged(now);
        }
        if (gateway == null || refreshing) {
            return;
        }
        refreshing = true;
        AlertmanagerGateway asked = gateway;
        Background.call(() -> new Snapshot(asked.alerts(), asked.silences())).onSuccess(snap -> {
            refreshing = false;
            if (asked == gateway) {
                apply(snap);
            }
        }).onError(sentence -> {
            refreshing = false;
            if (asked == gateway) {
                problem.set(sentence);
            }
        }).runOn(io, ui);
    }

    /**
     * Silences exactly this alert (all its labels) until the end typed ({@link SilenceEnd}); a bad end or an empty
     * comment is a problem sentence and nothing is sent.
     */
    public void silence(AmAlert alert, String endText, String comment) {
        Instant start = clock.instant();
        SilenceRequest request;
        try {
            request = SilenceRequest.forAlertUntil(alert, start, SilenceEnd.parse(endText, start, clock.getZone()),
                    who.get(), comment);
        } catch (IllegalArgumentException e) {
            problem.set(capitalized(e.getMessage()));
            return;
        }
        run(g -> g.createSilence(request), "Silenced " + alert.name() + " until " + AmRows.time(request.endsAt(),
                clock.getZone()) + " in Alertmanager");
    }

    public void expire(AmSilence silence) {
        run(g -> {
            g.expireSilence(silence.id());
            return silence.id();
        }, "Expired the silence of " + silence.matcherText());
    }

    private void run(Function<AlertmanagerGateway, String> call, String done) {
        AlertmanagerGateway g = gateway;
        if (g == null) {
            problem.set("This connection has no Alertmanager URL, so there is nothing to silence.");
            return;
        }
        if (!disabledReason.get().isEmpty()) {
            problem.set(disabledReason.get() + ".");
            return;
        }
        problem.set("");
        Background.call(() -> call.apply(g)).onSuccess(result -> {
            message.set(done);
            refresh();
        }).onError(sentence -> {
            message.set("");
            problem.set(sentence);
        }).runOn(io, ui);
    }

    private void sessionChanged(Session now) {
        lastSession = now;
        alerts.clear();
        silences.clear();
        problem.set("");
        message.set("");
        disabledReason.set("");
        URI url = urlOf(now);
        if (!Objects.equals(url, lastUrl) || url == null) {
            lastUrl = url;
            gateway = url == null ? null : gateways.apply(url);
        }
        configured.set(gateway != null);
        status.set(gateway != null ? "Reading " + gateway.url() + "…" : now == null ? "No connection is open."
                : "Connection " + now.name() + " names no Alertmanager; add one with 'cli-orchestrator connections "
                + "add NAME … --alertmanager-url URL'.");
        if (now != null && gateway != null && !now.embedded()) {
            Background.call(() -> now.operations().whoami()).onSuccess(me -> {
                if (now == lastSession && !me.allows(Role.OPERATOR)) {
                    disabledReason.set(VIEWER_REASON);
                }
            }).onError(ignored -> { }).runOn(io, ui);
        }
    }

    private void apply(Snapshot snap) {
        Instant now = clock.instant();
        List<AmRows.AlertLine> nextAlerts = AmRows.alerts(snap.alerts(), snap.silences(), now, clock.getZone());
        List<AmRows.SilenceLine> nextSilences = AmRows.silences(snap.silences(), clock.getZone());
        if (!nextAlerts.equals(alerts)) {
            alerts.setAll(nextAlerts);
        }
        if (!nextSilences.equals(silences)) {
            silences.setAll(nextSilences);
        }
        problem.set("");
        status.set(AmRows.summary(gateway.url(), nextAlerts, nextSilences));
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private record Snapshot(List<AmAlert> alerts, List<AmSilence> silences) {
    }
}
