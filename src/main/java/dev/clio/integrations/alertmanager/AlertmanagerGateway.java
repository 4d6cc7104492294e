package dev.clio.integrations.alertmanager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Alertmanager's API v2 over OkHttp: its alerts (active, silenced and inhibited), its silences, creating one and
 * expiring one. Every call blocks on IO up to the timeouts (call it off the UI thread) and fails with an
 * {@link AlertmanagerException} whose message is a sentence: nothing answers at the URL, or what Alertmanager said.
 */
public final class AlertmanagerGateway {

    private static final OkHttpClient SHARED = new OkHttpClient();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
            + "-[0-9a-fA-F]{12}");
    private static final int MAX_MESSAGE = 300;

    private final HttpUrl base;
    private final String display;
    private final OkHttpClient http;

    /** 3 s to connect, 10 s for the whole call. */
    public AlertmanagerGateway(URI url) {
        this(url, Duration.ofSeconds(3), Duration.ofSeconds(10));
    }

    /** @throws IllegalArgumentException when the URL is not http(s), with the expected form */
    public AlertmanagerGateway(URI url, Duration connectTimeout, Duration callTimeout) {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.toString());
        if (parsed == null) {
            throw new IllegalArgumentException("'" + url + "' is not an http(s) URL of an Alertmanager, e.g. "
                    + "http://alertmanager.example.com:9093");
        }
        this.base = parsed;
        this.display = url.toString().replaceAll("/+$", "");
        this.http = SHARED.newBuilder().connectTimeout(connectTimeout).callTimeout(callTimeout)
                .readTimeout(callTimeout).build();
    }

    /** Where it points, for messages. */
    public String url() {
        return display;
    }

    /** Every alert Alertmanager holds now: active, silenced and inhibited (its default filter is all three). */
    public List<AmAlert> alerts() {
        JsonNode array = send(new Request.Builder().url(endpoint("alerts")
                .addQueryParameter("active", "true").addQueryParameter("silenced", "true")
                .addQueryParameter("inhibited", "true").build()).get(), "list the alerts");
        List<AmAlert> alerts = new ArrayList<>();
        for (JsonNode a : array) {
            JsonNode status = a.path("status");
            alerts.add(new AmAlert(a.path("fingerprint").asText(""), AmJson.strings(a.path("labels")),
                    AmJson.strings(a.path("annotations")), status.path("state").asText("unprocessed"),
                    AmJson.instant(a.path("startsAt")), AmJson.instant(a.path("endsAt")),
                    AmJson.list(status.path("silencedBy")), AmJson.list(status.path("inhibitedBy")),
                    a.path("generatorURL").asText("")));
        }
        return alerts;
    }

    /** Every silence, active, pending and expired (Alertmanager keeps expired ones for its retention). */
    public List<AmSilence> silences() {
        JsonNode array = send(new Request.Builder().url(endpoint("silences").build()).get(), "list the silences");
        List<AmSilence> silences = new ArrayList<>();
        for (JsonNode s : array) {
            List<Matcher> matchers = new ArrayList<>();
            for (JsonNode m : s.path("matchers")) {
                matchers.add(new Matcher(m.path("name").asText(""), m.path("value").asText(""),
                        m.path("isRegex").asBoolean(false), m.path("isEqual").asBoolean(true)));
            }
            silences.add(new AmSilence(s.path("id").asText(""), matchers, AmJson.instant(s.path("startsAt")),
                    AmJson.instant(s.path("endsAt")), s.path("createdBy").asText(""), s.path("comment").asText(""),
                    s.path("status").path("state").asText("")));
        }
        return silences;
    }

    /** Creates the silence and returns its id. */
    public String createSilence(SilenceRequest request) {
        Objects.requireNonNull(request, "request");
        ObjectNode body = JSON.createObjectNode();
        ArrayNode matchers = body.putArray("matchers");
        for (Matcher m : request.matchers()) {
            matchers.addObject().put("name", m.name()).put("value", m.value()).put("isRegex", m.regex())
                    .put("isEqual", m.equal());
        }
        body.put("startsAt", request.startsAt().toString()).put("endsAt", request.endsAt().toString())
                .put("createdBy", request.createdBy()).put("comment", request.comment());
        JsonNode reply = send(new Request.Builder().url(endpoint("silences").build())
                .post(RequestBody.create(body.toString(), JSON_TYPE)), "create the silence");
        String id = reply.path("silenceID").asText("");
        if (id.isEmpty()) {
            throw new AlertmanagerException(AlertmanagerException.Kind.FAILED, 200, "Alertmanager at " + display
                    + " created the silence but returned no id");
        }
        return id;
    }

    /** Expires the silence now; expiring one that has expired already is accepted. */
    public void expireSilence(String id) {
        if (id == null || !UUID.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' is not a silence id (a UUID as Alertmanager lists it)");
        }
        send(new Request.Builder().url(endpoint("silence").addPathSegment(id).build()).delete(),
                "expire silence " + id);
    }

    private HttpUrl.Builder endpoint(String resource) {
        return base.newBuilder().addPathSegments("api/v2").addPathSegment(resource);
    }

    private JsonNode send(Request.Builder request, String what) {
        try (Response response = http.newCall(request.header("Accept", "application/json").build()).execute()) {
            String text = response.body().string();
            if (response.isSuccessful()) {
                return text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
            }
            throw refused(response.code(), text, what);
        } catch (InterruptedIOException e) {
            throw new AlertmanagerException(AlertmanagerException.Kind.TIMEOUT, 0, "Alertmanager at " + display
                    + " did not answer in time, so the console could not " + what + ".");
        } catch (IOException e) {
            throw new AlertmanagerException(AlertmanagerException.Kind.UNAVAILABLE, 0, "Cannot reach Alertmanager at "
                    + display + " to " + what + " (" + reason(e) + "); check the connection's Alertmanager URL.");
        }
    }

    private AlertmanagerException refused(int status, String body, String what) {
        String said = AmJson.message(body);
        String text = said.length() > MAX_MESSAGE ? said.substring(0, MAX_MESSAGE) + "…" : said;
        if (status == 404 && what.startsWith("expire") || status == 500 && text.toLowerCase(Locale.ROOT)
                .contains("not found")) {
            // Alertmanager 0.25 answers an unknown silence id with 500 "silence not found"
            return new AlertmanagerException(AlertmanagerException.Kind.REJECTED, status, "Alertmanager at " + display
                    + " has no such silence, so it cannot " + what + " (it said: " + text + ").");
        }
        AlertmanagerException.Kind kind = status / 100 == 4 ? AlertmanagerException.Kind.REJECTED
                : AlertmanagerException.Kind.FAILED;
        return new AlertmanagerException(kind, status, "Alertmanager at " + display + " refused to " + what + " (HTTP "
                + status + (text.isEmpty() ? "" : ": " + text) + ").");
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
