package dev.clio.console.connections;

import dev.clio.config.Environment;
import dev.clio.connections.ConnectionProfile;
import dev.clio.connections.Monitoring;
import dev.clio.connections.SavedConnection;
import dev.clio.workspace.Workspaces;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form of the connection manager: one connection being added or edited, with a sentence per field that is wrong.
 * The API key is write-only: the form takes a new one, never shows a stored one, and forgets it once handed over.
 */
public final class ConnectionEditor {

    /** Where a connection goes. */
    public enum Kind { EMBEDDED, REMOTE }

    static final String KEY_SAVED = "key saved - enter a new one to replace";
    static final String KEY_NONE = "paste the API key (optional: without one only public calls work)";

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.REMOTE);
    private final StringProperty workspace = new SimpleStringProperty(this, "workspace", "");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty key = new SimpleStringProperty(this, "key", "");
    private final StringProperty caCertificate = new SimpleStringProperty(this, "caCertificate", "");
    private final StringProperty alertmanagerUrl = new SimpleStringProperty(this, "alertmanagerUrl", "");
    private final ReadOnlyStringWrapper alertmanagerError = new ReadOnlyStringWrapper(this, "alertmanagerError", "");
    // what the form does not show (the paging endpoint) survives an edit unchanged
    private Monitoring monitoring = Monitoring.NONE;
    private final ObjectProperty<Environment> environment = new SimpleObjectProperty<>(this, "environment",
            Environment.DEVELOPMENT);
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyStringWrapper workspaceError = new ReadOnlyStringWrapper(this, "workspaceError", "");
    private final ReadOnlyStringWrapper urlError = new ReadOnlyStringWrapper(this, "urlError", "");
    private final ReadOnlyStringWrapper keyError = new ReadOnlyStringWrapper(this, "keyError", "");
    private final ReadOnlyStringWrapper caError = new ReadOnlyStringWrapper(this, "caError", "");
    private final StringProperty prometheusUrl = new SimpleStringProperty(this, "prometheusUrl", "");
    private final ReadOnlyStringWrapper prometheusError = new ReadOnlyStringWrapper(this, "prometheusError", "");
    private final ReadOnlyStringWrapper keyPrompt = new ReadOnlyStringWrapper(this, "keyPrompt", KEY_NONE);
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private String originalName;

    // Properties

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public StringProperty workspaceProperty() {
        return workspace;
    }

    public StringProperty urlProperty() {
        return url;
    }

    /** Bound to a PasswordField; emptied after every save and every new form. */
    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty caCertificateProperty() {
        return caCertificate;
    }

    public ObjectProperty<Environment> environmentProperty() {
        return environment;
    }

    /** Optional: the Prometheus that feeds the KPI tiles fleet-wide; empty for the server's own KPIs. */
    public StringProperty prometheusUrlProperty() {
        return prometheusUrl;
    }

    public ReadOnlyStringProperty prometheusErrorProperty() {
        return prometheusError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty workspaceErrorProperty() {
        return workspaceError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty urlErrorProperty() {
        return urlError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty keyErrorProperty() {
        return keyError.getReadOnlyProperty();
    }

    /** Optional, for either kind: the Alertmanager the Alerts view reads (docs/monitoring.md). */
    public StringProperty alertmanagerUrlProperty() {
        return alertmanagerUrl;
    }

    public ReadOnlyStringProperty alertmanagerErrorProperty() {
        return alertmanagerError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty caErrorProperty() {
        return caError.getReadOnlyProperty();
    }

    /** The key field's prompt: says whether a key is saved, since the key itself is never shown. */
    public ReadOnlyStringProperty keyPromptProperty() {
        return keyPrompt.getReadOnlyProperty();
    }

    /** Whether the form is open (adding or editing). */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** The name the edited connection is saved under, or null when adding one. */
    public String originalName() {
        return originalName;
    }

    // Commands

    public void startNew() {
        originalName = null;
        monitoring = Monitoring.NONE;
        fill("", Kind.REMOTE, "", "", "", Environment.DEVELOPMENT, false);
        prometheusUrl.set("");
    }

    public void startEditing(SavedConnection saved) {
        ConnectionProfile p = saved.profile();
        originalName = p.name();
        String ws = p.target() instanceof ConnectionProfile.Embedded e ? e.workspace().toString() : "";
        String address = p.target() instanceof ConnectionProfile.Remote r ? r.apiUrl().toString() : "";
        Path ca = p.target() instanceof ConnectionProfile.Remote r ? r.caCertificateOrNull() : null;
        fill(p.name(), p.remote() ? Kind.REMOTE : Kind.EMBEDDED, ws, address, ca == null ? "" : ca.toString(),
                p.environment(), saved.hasKey());
        prometheusUrl.set(p.prometheusUrlOrNull() == null ? "" : p.prometheusUrlOrNull().toString());
        monitoring = p.monitoring();
        alertmanagerUrl.set(monitoring.alertmanagerUrlOrNull() == null ? ""
                : monitoring.alertmanagerUrlOrNull().toString());
    }

    public void cancel() {
        editing.set(false);
        key.set("");
        originalName = null;
    }

    /** Checks every field, shows a sentence next to each wrong one, and returns the profile when all are right. */
    public Optional<ConnectionProfile> validate() {
        clearErrors();
        String n = name.get().strip();
        boolean ok = check(nameError, () -> ConnectionProfile.checkName(n));
        ConnectionProfile.Target target = kind.get() == Kind.EMBEDDED ? embeddedTarget() : remoteTarget();
        if (kind.get() == Kind.REMOTE) {
            ok &= checkKey();
        }
        String prometheusText = prometheusUrl.get() == null ? "" : prometheusUrl.get().strip();
        URI[] prometheus = new URI[1];
        if (!prometheusText.isEmpty()) {
            ok &= check(prometheusError, () -> prometheus[0] = ConnectionProfile.checkPrometheus(
                    URI.create(prometheusText)));
        }
        Monitoring withUrl = alertmanager();
        if (!ok || target == null || withUrl == null) {
            return Optional.empty();
        }
        return Optional.of(new ConnectionProfile(n, target, environment.get(), prometheus[0], withUrl));
    }

    /** The monitoring settings with the Alertmanager URL as typed; null (and a sentence) when it is not a URL. */
    private Monitoring alertmanager() {
        String text = alertmanagerUrl.get() == null ? "" : alertmanagerUrl.get().strip();
        try {
            return monitoring.withAlertmanager(text.isEmpty() ? null : new URI(text));
        } catch (URISyntaxException | IllegalArgumentException e) {
            alertmanagerError.set(e instanceof URISyntaxException ? "'" + text + "' is not a URL, e.g. "
                    + "http://alertmanager.example.com:9093." : sentence(e.getMessage()));
            return null;
        }
    }

    /** The key typed in, or null when the field was left empty; the field is emptied (it is never shown again). */
    String takeKey() {
        String typed = key.get() == null ? "" : key.get().strip();
        key.set("");
        return typed.isEmpty() || kind.get() != Kind.REMOTE ? null : typed;
    }

    private ConnectionProfile.Target embeddedTarget() {
        String text = workspace.get().strip();
        if (text.isEmpty()) {
            workspaceError.set("Choose the workspace directory (one made with 'cli-orchestrator init DIR').");
            return null;
        }
        Path dir = path(text, workspaceError);
        if (dir == null) {
            return null;
        }
        if (!dir.isAbsolute()) {
            workspaceError.set("Give the workspace as an absolute directory, e.g. /home/ana/ops.");
            return null;
        }
        Path demo = Workspaces.demoDirectory(System.getenv(), Path.of(System.getProperty("user.home")));
        if (!Workspaces.isWorkspace(dir) && !dir.normalize().equals(demo)) {
            workspaceError.set(dir + " is not a workspace (it has no .ai/ directory); create it with "
                    + "'cli-orchestrator init " + dir + "'.");
            return null;
        }
        return new ConnectionProfile.Embedded(dir);
    }

    private ConnectionProfile.Target remoteTarget() {
        String text = url.get().strip();
        if (text.isEmpty()) {
            urlError.set("Enter the server's API URL, e.g. https://ops.example.com:8443.");
            return null;
        }
        Path ca = null;
        String caText = caCertificate.get().strip();
        if (!caText.isEmpty()) {
            ca = path(caText, caError);
            if (ca == null) {
                return null;
            }
            if (!ca.isAbsolute() || !Files.isRegularFile(ca) || !Files.isReadable(ca)) {
                caError.set("The CA certificate " + ca + " is not a readable file; choose the PEM file of the CA "
                        + "that signed the server's certificate.");
                return null;
            }
        }
        try {
            return new ConnectionProfile.Remote(new URI(text), ca);
        } catch (URISyntaxException | IllegalArgumentException e) {
            urlError.set("'" + text + "' is not an http(s) URL, e.g. https://ops.example.com:8443.");
            return null;
        }
    }

    private boolean checkKey() {
        String typed = key.get() == null ? "" : key.get().strip();
        if (typed.length() > 512 || typed.chars().anyMatch(ch -> ch <= ' ' || ch > '~')) {
            // never echo what was typed: it may be a real key pasted with a stray character
            keyError.set("That is not an API key: a key is one word of printable characters, exactly as "
                    + "'cli-orchestrator keys create' printed it.");
            return false;
        }
        return true;
    }

    private void fill(String n, Kind k, String ws, String address, String ca, Environment env, boolean hasKey) {
        clearErrors();
        name.set(n);
        kind.set(k);
        workspace.set(ws);
        url.set(address);
        caCertificate.set(ca);
        environment.set(env);
        key.set("");
        keyPrompt.set(hasKey ? KEY_SAVED : KEY_NONE);
        alertmanagerUrl.set("");
        editing.set(true);
    }

    private void clearErrors() {
        for (ReadOnlyStringWrapper e : new ReadOnlyStringWrapper[] {nameError, workspaceError, urlError, keyError,
            caError, prometheusError, alertmanagerError}) {
            e.set("");
        }
    }

    private static Path path(String text, ReadOnlyStringWrapper error) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            error.set("'" + text + "' is not a path on this system.");
            return null;
        }
    }

    private static boolean check(ReadOnlyStringWrapper error, Runnable check) {
        try {
            check.run();
            return true;
        } catch (IllegalArgumentException e) {
            error.set(sentence(e.getMessage()));
            return false;
        }
    }

    static String sentence(String message) {
        String s = message.strip();
        s = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }
}
