package dev.clio.connections;

import java.net.URI;
import java.util.Locale;

/**
 * The monitoring stack around a connection (docs/monitoring.md): its Alertmanager, whose alerts and silences the
 * console's Alerts view shows, and the endpoint paging events go to when the connection has a routing key (PagerDuty's
 * by default). Both optional; the routing key itself lives in an owner-only file, like the API key.
 *
 * @param alertmanagerUrlOrNull e.g. {@code http://alertmanager.example.com:9093}
 * @param pagingEndpointOrNull null for PagerDuty's {@code https://events.pagerduty.com/v2/enqueue}
 */
public record Monitoring(URI alertmanagerUrlOrNull, URI pagingEndpointOrNull) {

    public static final Monitoring NONE = new Monitoring(null, null);

    public Monitoring {
        check(alertmanagerUrlOrNull, "Alertmanager URL", "http://alertmanager.example.com:9093");
        check(pagingEndpointOrNull, "paging endpoint", "https://events.pagerduty.com/v2/enqueue");
    }

    public Monitoring withAlertmanager(URI url) {
        return new Monitoring(url, pagingEndpointOrNull);
    }

    public Monitoring withPagingEndpoint(URI url) {
        return new Monitoring(alertmanagerUrlOrNull, url);
    }

    public boolean isEmpty() {
        return alertmanagerUrlOrNull == null && pagingEndpointOrNull == null;
    }

    private static void check(URI url, String what, String example) {
        if (url == null) {
            return;
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException(what + " '" + url + "' is not an http(s) URL, e.g. " + example);
        }
    }
}
