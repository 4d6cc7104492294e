package dev.clio.integrations.prometheus;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The Prometheus HTTP API ({@code /api/v1/query} and {@code /api/v1/query_range}) over OkHttp, answering with our
 * own records and {@link PrometheusException}s whose messages are sentences. Calls block for at most the timeout;
 * they are meant for background threads.
 */
public final class PrometheusGateway implements AutoCloseable {

    private static final OkHttpClient SHARED = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    /** Prometheus refuses range queries of more than 11,000 points per series. */
    static final int MAX_POINTS = 11_000;

    private final HttpUrl base;
    private final OkHttpClient client;

    private PrometheusGateway(HttpUrl base, OkHttpClient client) {
        this.base = base;
        this.client = client;
    }

    /**
     * @param baseUrl where Prometheus answers, e.g. {@code http://prometheus:9090} (a path prefix such as
     *     {@code /prometheus} is kept)
     * @throws IllegalArgumentException with a sentence when the URL is not http(s)
     */
    public static PrometheusGateway connect(URI baseUrl, Duration timeout) {
        HttpUrl url = baseUrl == null ? null : HttpUrl.parse(baseUrl.toString());
        if (url == null) {
            throw new IllegalArgumentException("'" + baseUrl + "' is not an http(s) URL of Prometheus, e.g. "
                    + "http://prometheus.example.com:9090");
        }
        return new PrometheusGateway(url, SHARED.newBuilder().callTimeout(timeout).connectTimeout(timeout)
                .readTimeout(timeout).build());
    }

    /** The URL this gateway asks, for messages. */
    public String url() {
        return base.toString();
    }

    /** Evaluates {@code promql} at {@code at}; an expression with no value answers an empty list. */
    public List<PromSample> query(String promql, Instant at) throws PrometheusException {
        HttpUrl url = endpoint("query").addQueryParameter("query", promql)
                .addQueryParameter("time", seconds(at)).build();
        return PromAnswer.instant(get(url), url());
    }

    /** Evaluates {@code promql} at every {@code step} from {@code from} to {@code to} (inclusive). */
    public List<PromSeries> queryRange(String promql, Instant from, Instant to, Duration step)
            throws PrometheusException {
        if (step.isNegative() || step.isZero() || to.isBefore(from)) {
            throw new IllegalArgumentException("a range query needs a positive step and from <= to");
        }
        if (Duration.between(from, to).dividedBy(step) >= MAX_POINTS) {
            throw new IllegalArgumentException("a range query may have at most " + MAX_POINTS
                    + " points per series: use a larger step");
        }
        HttpUrl url = endpoint("query_range").addQueryParameter("query", promql)
                .addQueryParameter("start", seconds(from)).addQueryParameter("end", seconds(to))
                .addQueryParameter("step", seconds(step)).build();
        return PromAnswer.range(get(url), url());
    }

    @Override
    public void close() {
        // the connection pool is shared; idle connections time out by themselves
    }

    private HttpUrl.Builder endpoint(String name) {
        return base.newBuilder().addPathSegments("api/v1/" + name);
    }

    private PromAnswer.Reply get(HttpUrl url) throws PrometheusException {
        Request request = new Request.Builder().url(url).header("Accept", "application/json").get().build();
        try (Response response = client.newCall(request).execute()) {
            String type = response.header("Content-Type", "");
            return new PromAnswer.Reply(response.code(), type.toLowerCase(Locale.ROOT), response.body().string());
        } catch (InterruptedIOException e) {
            throw new PrometheusException(PrometheusException.Kind.TIMEOUT, "Prometheus at " + url()
                    + " did not answer in time; it may be overloaded or the query too expensive");
        } catch (ConnectException e) {
            throw new PrometheusException(PrometheusException.Kind.UNAVAILABLE, "Prometheus at " + url()
                    + " does not answer (connection refused): is it running, and is the URL right?");
        } catch (UnknownHostException e) {
            throw new PrometheusException(PrometheusException.Kind.UNAVAILABLE, "Prometheus at " + url()
                    + " cannot be reached: the host name " + base.host() + " is not known");
        } catch (IOException e) {
            throw new PrometheusException(PrometheusException.Kind.UNAVAILABLE, "Prometheus at " + url()
                    + " cannot be reached: " + e.getMessage());
        }
    }

    private static String seconds(Instant at) {
        return String.format(Locale.ROOT, "%.3f", at.toEpochMilli() / 1000.0);
    }

    private static String seconds(Duration step) {
        return String.format(Locale.ROOT, "%.3f", step.toMillis() / 1000.0);
    }
}
